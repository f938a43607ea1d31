// The Cypher console end to end: every hostile query is refused over HTTP with its reason,
// the graph's checksum is the same afterwards, and legitimate reads come back as table and graph.
import { graphChecksum, HOSTILE_QUERIES, LEGITIMATE_QUERIES, Neo4jExecutor, type GraphChecksum } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { gql, gqlData } from './support/gql';
import { ingestSeeds, serve, type ServedApi } from './support/serve';

// Beyond the guard's own list: spellings and shapes an analyst (or attacker) would type in the console.
const API_HOSTILE: ReadonlyArray<[string, string]> = [
  ['MATCH (a), (b), (c) RETURN a.id, b.id, c.id ORDER BY a.id', 'COSTLY_PLAN'],
  ['MATCH (n) dEtAcH dElEtE n', 'WRITE_CLAUSE'],
  ['MATCH (n)\n/* harmless */\nSET n.name = "x"', 'WRITE_CLAUSE'],
  ['match (n:Slogan) with n merge (n)-[:X]->(:Y) return n', 'WRITE_CLAUSE'],
  ["CALL apoc.cypher.runWrite('MATCH (n) DELETE n', {})", 'PROCEDURE_NOT_ALLOWED'],
  ["CALL dbms.procedures()", 'PROCEDURE_NOT_ALLOWED'],
  ["LOAD CSV FROM 'https://example.org/x.csv' AS l CREATE (:X {v: l[0]})", 'LOAD_CSV'],
];
const ALL_HOSTILE = [...HOSTILE_QUERIES, ...API_HOSTILE];
const PARAMS = { name: '全域美丽', names: ['全域美丽', '三个全域'], slogan: '全域美丽', from: '星动巴士', to: '全域创新' };
const CONSOLE = `query($query: String!, $params: JSON) { cypher(query: $query, params: $params) {
  columns rows rowCount truncated rowLimit elements { nodes { data { id label type } } edges { data { id source target type } } } } }`;

let api: ServedApi;
let executor: Neo4jExecutor;
let before: GraphChecksum;

beforeAll(async () => {
  ingestSeeds();
  executor = connectTestExecutor();
  before = await graphChecksum(executor);
  api = await serve({ CYPHER_ROW_LIMIT: '100', CYPHER_TIMEOUT_MS: '2000' });
}, 360_000);

afterAll(async () => {
  await api?.stop();
  await executor?.close();
});

describe(`the console refuses ${ALL_HOSTILE.length} hostile queries`, () => {
  it.each(ALL_HOSTILE)('%j → %s', async (query, reason) => {
    const res = await gql(api.url, CONSOLE, { query, params: PARAMS });
    expect(res.data?.cypher ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'CYPHER_REJECTED', reason }));
    expect(res.errors?.[0].message).toMatch(new RegExp(`^Query rejected \\(${reason}\\): .{10,}`));
  });

  it('leaves the graph checksum unchanged after all of them', async () => {
    expect(before.nodes).toBeGreaterThan(0);
    expect(await graphChecksum(executor)).toEqual(before);
  });
});

describe('legitimate reads', () => {
  it.each(LEGITIMATE_QUERIES.map((q) => [q]))('%j runs', async (query) => {
    const res = await gql<{ cypher: { columns: string[] } }>(api.url, CONSOLE, { query, params: PARAMS });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cypher.columns.length).toBeGreaterThan(0);
  });

  it('returns paths as a table and as Cytoscape elements', async () => {
    const query = "MATCH p = (:Place)-[:ADOPTS]->(:Slogan {name: '全域美丽'}) RETURN p, length(p) AS hops";
    const { cypher } = await gqlData<{ cypher: { columns: string[]; rows: unknown[][]; elements: { nodes: Array<{ data: { id: string; label: string } }>; edges: Array<{ data: { source: string; target: string; type: string } }> } } }>(
      api.url, CONSOLE, { query },
    );
    expect(cypher.columns).toEqual(['p', 'hops']);
    expect(cypher.rows.every((r) => r[1] === 1)).toBe(true);
    expect(cypher.elements.nodes.map((n) => n.data.label)).toEqual(expect.arrayContaining(['全域美丽', '星桥街道', '新街街道']));
    expect(cypher.elements.edges.every((e) => e.data.type === 'ADOPTS' && e.data.target === '全域美丽')).toBe(true);
  });

  it('stops at the row limit and says so', async () => {
    const { cypher } = await gqlData<{ cypher: { rowCount: number; truncated: boolean; rowLimit: number } }>(
      api.url, CONSOLE, { query: 'UNWIND range(1, 1000) AS x RETURN x' },
    );
    expect(cypher).toEqual(expect.objectContaining({ rowCount: 100, truncated: true, rowLimit: 100 }));
  });

  it('stops a query that runs past the transaction timeout', async () => {
    // 10^8 rows: within the guard's bounds on UNWIND, far beyond what 2 s can count
    const query = 'UNWIND range(1, 1000000) AS x UNWIND range(1, 100) AS y WITH x WHERE (x + y) % 7 = 0 RETURN count(*) AS n';
    const started = Date.now();
    const res = await gql(api.url, CONSOLE, { query });
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
    expect(res.errors?.[0].message).toContain('2000 ms');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reports a Cypher error from the server with its cause', async () => {
    const res = await gql(api.url, CONSOLE, { query: 'MATCH (n) RETURN m' });
    expect(res.errors?.[0].extensions?.code).toMatch(/CYPHER_(FAILED|REJECTED)/);
    expect(res.errors?.[0].message).toMatch(/m/);
  });
});
