// One user cannot take the service down: the costly and abusive requests of issue 19 over real HTTP,
// each answered quickly with a 4xx and its code, while an unrelated request still answers; afterwards
// Neo4j is up and the graph unchanged.
import { COSTLY_QUERIES, COSTLY_QUERY_PARAMS, findFreePort, graphChecksum, Neo4jExecutor, type GraphChecksum } from '@policy-graph/graph';
import { createServer, type Server, type Socket } from 'node:net';
import { connectTestExecutor } from '../support/executor';
import { codeOf, gql, type GqlResponse } from './support/gql';
import { ingestSeeds, serve, WRITE_TOKEN, type ServedApi } from './support/serve';

const CONSOLE = 'query($query: String!, $params: JSON) { cypher(query: $query, params: $params) { rowCount truncated truncatedBy byteLimit } }';
// 10^8 rows: inside the guard's bounds, far beyond what the 2 s timeout lets Neo4j count
const SLOW = 'UNWIND range(1, 1000000) AS x UNWIND range(1, 100) AS y WITH x WHERE (x + y) % 7 = 0 RETURN count(*) AS n';

// The graph's content: not the bookkeeping of migrations, corrections and ingestion jobs (a starting
// API takes the job runner's lease).
const CONTENT = { skipLabels: ['SchemaMigration', 'Correction', 'IngestJob', 'IngestFile', 'IngestChunk', 'IngestLease'] };

let api: ServedApi;
let executor: Neo4jExecutor;
let before: GraphChecksum;

type Timed<T> = GqlResponse<T> & { ms: number };
async function timed<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Timed<T>> {
  const started = Date.now();
  const res = await gql<T>(api.url, query, variables, headers);
  return { ...res, ms: Date.now() - started };
}

async function postRaw(body: string): Promise<{ status: number; code?: string; message?: string }> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message };
}

async function healthMs(): Promise<number> {
  const started = Date.now();
  const res = await fetch(`${api.url}/health`);
  expect(res.status).toBe(200);
  return Date.now() - started;
}

beforeAll(async () => {
  ingestSeeds();
  executor = connectTestExecutor();
  before = await graphChecksum(executor, CONTENT);
  api = await serve({ CYPHER_TIMEOUT_MS: '2000', CYPHER_BYTE_LIMIT: '20000', CYPHER_CONCURRENCY: '1' });
  // the guard's thread warms its parser after the API listens; the first console query waits for it
  await gql(api.url, CONSOLE, { query: 'RETURN 1 AS one' });
}, 360_000);

afterAll(async () => {
  await api?.stop();
  await executor?.close();
});

describe(`${COSTLY_QUERIES.length} costly console queries are refused before Neo4j runs them`, () => {
  it.each(COSTLY_QUERIES.map(([query, reason]) => [query.slice(0, 100), query, reason]))('%j', async (_label, query, reason) => {
    const res = await timed(CONSOLE, { query, params: COSTLY_QUERY_PARAMS });
    expect({ status: res.status, code: codeOf(res), reason: res.errors?.[0]?.extensions?.reason }).toEqual({ status: 400, code: 'CYPHER_REJECTED', reason });
    expect(res.ms).toBeLessThan(3_000);
  });
});

describe('queries that pass the guard', () => {
  it('a query past its timeout is terminated and answered QUERY_TIMEOUT, while /health answers in under a second', async () => {
    const slow = timed(CONSOLE, { query: SLOW });
    await new Promise((r) => setTimeout(r, 300));
    // the quickest of three, so a busy test machine does not decide it: the event loop is not blocked
    const health = [await healthMs(), await healthMs(), await healthMs()];
    const res = await slow;
    expect(Math.min(...health)).toBeLessThan(1_000);
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'QUERY_TIMEOUT' });
    expect(res.ms).toBeLessThan(6_000);
    // nothing of it is left running in Neo4j once the termination it was sent has taken effect
    const running = async () => (await executor.read<{ n: number }>("SHOW TRANSACTIONS YIELD metaData WHERE metaData.purpose = 'console' RETURN count(*) AS n"))[0].n;
    let left = await running();
    for (const until = Date.now() + 10_000; left > 0 && Date.now() < until; left = await running()) await new Promise((r) => setTimeout(r, 200));
    expect(left).toBe(0);
  });

  it('caps the answer in bytes and says so', async () => {
    const query = `UNWIND range(1, 2000) AS i RETURN i, '${'长'.repeat(100)}' AS text`;
    const res = await timed<{ cypher: { rowCount: number; truncated: boolean; truncatedBy: string; byteLimit: number } }>(CONSOLE, { query });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cypher).toEqual(expect.objectContaining({ truncated: true, truncatedBy: 'BYTES', byteLimit: 20_000 }));
    expect(res.data?.cypher.rowCount).toBeGreaterThan(10);
    expect(res.data?.cypher.rowCount).toBeLessThan(2000);
  });

  it('runs no console query for a request with 30 aliased cypher fields', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `q${i}: cypher(query: "MATCH (n) RETURN count(n) AS n") { rowCount }`).join(' ');
    const res = await timed(`{ ${aliases} }`);
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(res.errors?.[0].message).toContain('one console query');
  });

  it('lets one caller run one console query at a time (CYPHER_CONCURRENCY=1): the second gets 429', async () => {
    const first = timed(CONSOLE, { query: SLOW });
    await new Promise((r) => setTimeout(r, 300));
    const second = await timed(CONSOLE, { query: 'RETURN 1 AS one' });
    const firstCode = codeOf(await first);
    expect({ status: second.status, code: codeOf(second) }).toEqual({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(firstCode).toBe('QUERY_TIMEOUT');
    expect(codeOf(await timed(CONSOLE, { query: 'RETURN 1 AS one' }))).toBeUndefined();
  });

  it('answers a Cypher error of the analyst with the server\'s reason, as 400', async () => {
    const res = await timed(CONSOLE, { query: 'MATCH (n) RETURN m' });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toMatch(/CYPHER_(FAILED|REJECTED)/);
  });
});

describe('abusive requests get a 4xx with a code, never a 500', () => {
  it('200,000 repeated fields and 50,000 fragment spreads: GRAPHQL_PARSE_FAILED', async () => {
    expect(await postRaw(JSON.stringify({ query: `{ ${'__typename '.repeat(200_000)} }` }))).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    const spreads = `{ ...F ${'...F '.repeat(50_000)} } fragment F on Query { __typename }`;
    expect(await postRaw(JSON.stringify({ query: spreads }))).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('100 aliases and a query 30 levels deep: refused before anything runs, naming the limit', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: search(text: "全域", limit: 1) { id }`).join(' ');
    const wide = await timed(`{ ${aliases} }`);
    expect({ status: wide.status, code: codeOf(wide) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(wide.errors?.[0].message).toBe('The request uses more than 30 aliases (100); split it into several requests.');
    // slogan, 14 parts-partOf pairs, then name: 30 levels of fields
    const deep = await timed(`{ slogan(name: "三个全域") { ${'parts { partOf { '.repeat(14)}name${' } }'.repeat(14)} } }`);
    expect({ status: deep.status, code: codeOf(deep) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(deep.errors?.[0].message).toBe('The query exceeds maximum operation depth of 11 (it is 30); ask for fewer nested levels.');
    expect(wide.extensions?.cypherQueries ?? 0).toBe(0);
    expect(deep.extensions?.cypherQueries ?? 0).toBe(0);
  });

  it('variables nested 5,000 deep: BAD_REQUEST', async () => {
    const deep = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    const body = `{"query":${JSON.stringify(CONSOLE)},"variables":{"query":"RETURN $p AS p","params":{"p":${deep}}}}`;
    expect(await postRaw(body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('a persisted-query hash that does not match: BAD_REQUEST', async () => {
    const body = JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(await postRaw(body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('negative sizes: BAD_USER_INPUT', async () => {
    for (const query of ['{ search(text: "全域", limit: -5) { id } }', '{ documents(first: -5) { totalCount } }']) {
      const res = await timed(query);
      expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
  });

  it('a megabyte-long document id is not echoed back', async () => {
    const res = await timed('query($id: ID!) { document(id: $id) { id } }', { id: 'x'.repeat(1_000_000) });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0].message.length).toBeLessThan(400);
  });

  it('params that are not an object, and a console query that is too long', async () => {
    const notObject = await timed(CONSOLE, { query: 'RETURN 1 AS x', params: [1, 2] });
    expect({ status: notObject.status, code: codeOf(notObject) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    const long = await timed(CONSOLE, { query: `RETURN 1 AS x // ${'x'.repeat(20_000)}` });
    expect(long.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'CYPHER_REJECTED', reason: 'QUERY_TOO_LONG' }));
  });

  it('the console by GET: 405', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent('{ cypher(query: "RETURN 1 AS x") { rowCount } }')}`;
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('HTTP hygiene', () => {
  it('sends security headers, no X-Powered-By, and no CORS grant to another origin', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBeTruthy();
  });

  it('/health says up or down and nothing else', async () => {
    const body = await (await fetch(`${api.url}/health`)).json();
    expect(Object.keys(body).sort()).toEqual(['latencyMs', 'neo4j', 'status']);
  });

  it('logs client errors on one line each, without stack traces', () => {
    const log = api.output();
    expect(log).toContain('CYPHER_REJECTED');
    expect(log).not.toMatch(/^\s+at /m);
    expect(log).not.toMatch(/ERROR/);
  });
});

describe('afterwards', () => {
  it('Neo4j is up and the graph unchanged', async () => {
    expect(await executor.read('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    expect(await graphChecksum(executor, CONTENT)).toEqual(before);
  });
});

describe('concurrent uploads', () => {
  const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }';
  const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
  const text = (n: number) => `2023年5月，竞速区竞速街道部署“并发测试口号”工作，第${n}稿，全年开通并发测试巴士${n + 1}条。`;
  const upload = (input: Record<string, unknown>) => gql<{ ingestDocument: { documentId: string; status: string } }>(api.url, INGEST, { input }, auth);
  const written = new Set<string>();

  afterAll(async () => {
    for (const id of written) await gql(api.url, 'mutation($id: ID!) { deleteDocument(id: $id) { id } }', { id }, auth);
  });

  it('8 uploads of one file at once: 1 created, 7 unchanged, no error', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => upload({ fileName: 'race-same.txt', text: text(0) })));
    answers.forEach((a) => a.data && written.add(a.data.ingestDocument.documentId));
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? a.data?.ingestDocument.status).sort()).toEqual(['created', ...Array(7).fill('unchanged')]);
  });

  it('8 versions of one source at once: exactly one Document for that source afterwards', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upload({ fileName: `race-v${i}.txt`, text: text(i + 1), metadata: { sourceKey: 'race/one-source' } })),
    );
    answers.forEach((a) => a.data && written.add(a.data.ingestDocument.documentId));
    expect(answers.every((a) => !a.errors)).toBe(true);
    const [row] = await executor.read<{ n: number }>('MATCH (d:Document {sourceKey: $key}) RETURN count(d) AS n', { key: 'race/one-source' });
    expect(row.n).toBe(1);
  });

  it('a date that names no day is refused', async () => {
    const res = await upload({ fileName: 'bad-date.txt', text: text(99), metadata: { date: '2024-13-45' } });
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toMatch(/metadata\.date/);
  });
});

describe('a frozen Neo4j (it accepts connections and never answers)', () => {
  let frozen: Server;
  let stale: ServedApi | undefined;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    const port = await findFreePort();
    frozen = createServer((socket) => sockets.push(socket));
    await new Promise<void>((r) => frozen.listen(port, '127.0.0.1', r));
    stale = await serve({ NEO4J_URI: `bolt://127.0.0.1:${port}`, CYPHER_TIMEOUT_MS: '2000' });
  }, 120_000);
  afterAll(async () => {
    await stale?.stop();
    sockets.forEach((socket) => socket.destroy());
    frozen.close();
  });

  it('/health says down within 4 s, a query gets DATABASE_UNAVAILABLE within 10 s', async () => {
    const url = (stale as ServedApi).url;
    let started = Date.now();
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'error', neo4j: 'down' });
    expect(Date.now() - started).toBeLessThan(4_000);
    started = Date.now();
    const res = await gql(url, '{ search(text: "全域") { id } }');
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
