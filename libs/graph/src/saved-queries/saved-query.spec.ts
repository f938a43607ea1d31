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
      expect(q.columns.length).toBeGreaterThan(0);
      for (const p of q.params) expect(q.cypher).toContain(`$${p.name}`);
    }
  });

  it('parses params and columns', () => {
    const q = parseSavedQuery('x/y', '// Says hello.\n// @param who string  a name\n// @column greeting string  the text\nRETURN "hi " + $who AS greeting');
    expect(q).toMatchObject({ description: 'Says hello.', params: [{ name: 'who', type: 'string', description: 'a name' }], columns: [{ name: 'greeting' }] });
  });

  it('binds integers as integers and rejects non-integers', () => {
    const q = parseSavedQuery('x/y', '// Q.\n// @param year integer  y\n// @column a string  a\nRETURN $year AS a');
    expect(bindParams(q, { year: '2019' }).year).toEqual(expect.objectContaining({ low: 2019 }));
    expect(() => bindParams(q, { year: 'soon' })).toThrow(/year must be an integer/);
  });
});
