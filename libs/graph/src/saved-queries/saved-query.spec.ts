import { DEFAULT_SAVED_QUERIES_DIR } from './default-queries-dir';
import { bindParams } from './run-saved-query';
import { listSavedQueries, parseSavedQuery } from './saved-query';

describe('saved queries', () => {
  it('lists every query in graph/queries with its header', () => {
    const queries = listSavedQueries(DEFAULT_SAVED_QUERIES_DIR);
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['diffusion/trace-slogan-diffusion', 'fulfilment/list-fulfilling-projects', 'compare/compare-body-years']),
    );
    for (const q of queries) {
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.descriptionZh).toMatch(/\p{Script=Han}{4}/u);
      expect(q.description).not.toContain('@zh');
      expect(q.columns.length).toBeGreaterThan(0);
      for (const p of q.params) expect(q.cypher).toContain(`$${p.name}`);
    }
  });

  it('parses params and columns', () => {
    const q = parseSavedQuery('x/y', '// Says hello.\n// @param who string  a name\n// @column greeting string  the text\nRETURN "hi " + $who AS greeting');
    expect(q).toMatchObject({ description: 'Says hello.', params: [{ name: 'who', type: 'string', description: 'a name' }], columns: [{ name: 'greeting' }] });
  });

  it('keeps the Chinese description of @zh lines apart from the English one', () => {
    const q = parseSavedQuery('x/y', '// Says hello\n// to a name.\n// @zh 向一个名字\n// @zh 问好。\n// @column greeting string  the text\nRETURN "hi" AS greeting');
    expect(q).toMatchObject({ description: 'Says hello to a name.', descriptionZh: '向一个名字问好。' });
  });

  it('binds integers as integers and rejects non-integers', () => {
    const q = parseSavedQuery('x/y', '// Q.\n// @param year integer  y\n// @column a string  a\nRETURN $year AS a');
    expect(bindParams(q, { year: '2019' }).year).toEqual(expect.objectContaining({ low: 2019 }));
    expect(() => bindParams(q, { year: 'soon' })).toThrow(/year must be an integer/);
  });
});
