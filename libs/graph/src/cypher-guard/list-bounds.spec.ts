import { checkReadOnlyCypher } from './cypher-guard';
import { COSTLY_QUERIES, COSTLY_QUERY_PARAMS } from './costly-queries';
import { warmCypherParser } from './parse-tree';

beforeAll(() => warmCypherParser());

describe('bounds on what a read-only query builds', () => {
  it.each(COSTLY_QUERIES.map(([q, code]) => [q.slice(0, 120), q, code]))('refuses %j', (_label, query, code) => {
    const started = Date.now();
    expect(checkReadOnlyCypher(query, { params: COSTLY_QUERY_PARAMS })).toMatchObject({ ok: false, code });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it.each([
    'UNWIND range(1, 1000) AS x RETURN x',
    'RETURN [x IN range(1, 1000) | [y IN range(1, 100) | x * y]] AS table',
    "RETURN reduce(s = '', x IN ['a', 'b', 'c'] | s + x) AS joined",
    'RETURN reduce(total = 0, x IN range(1, 1000000) | total + x) AS total',
    'MATCH (d:Document) WITH collect(d) AS docs UNWIND docs AS d RETURN d.title',
    'WITH range(1, 100) AS r RETURN reduce(acc = [], x IN r | acc + x) AS xs',
    'MATCH (s:Slogan) WITH s, [x IN range(0, size(s.aliases) - 1) | s.aliases[x]] AS aliases RETURN aliases',
    'UNWIND $names AS a UNWIND $names AS b RETURN a, b',
    "RETURN replace(replace('a-b_c', '-', ' '), '_', ' ') AS s",
    "MATCH (d:Document) RETURN replace(d.title, '—', ' - ') AS title",
    "RETURN [x IN range(1, 1000) | 'item ' + toString(x)] AS items",
    'RETURN CASE WHEN 1 > 0 THEN CASE WHEN 2 > 1 THEN 1 ELSE 2 END ELSE 3 END AS x',
    'MATCH (a)-[:ADOPTS]->(s:Slogan)<-[:FULFILS]-(p:Project)-[:HAS_OUTCOME]->(o) RETURN a, s, p, o LIMIT 5',
  ])('accepts %j', (query) => {
    expect(checkReadOnlyCypher(query, { params: { names: ['a', 'b'] } })).toEqual({ ok: true });
  });

  it('reads the bounds of range() from the parameters', () => {
    expect(checkReadOnlyCypher('RETURN range(1, $n) AS r', { params: { n: 100 } })).toEqual({ ok: true });
    expect(checkReadOnlyCypher('RETURN range(1, $n) AS r', { params: { n: 1e9 } })).toMatchObject({ ok: false, code: 'LIST_TOO_LARGE' });
  });

  it('says how big the list would be', () => {
    const verdict = checkReadOnlyCypher('RETURN size([x IN range(1, 300000000) | x]) AS n');
    expect(!verdict.ok && verdict.message).toMatch(/range\(\) would make about 3\.0e\+8 elements; the limit is 1000000/);
  });
});
