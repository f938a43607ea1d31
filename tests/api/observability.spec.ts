// Operating the service: one JSON log line per request (its id, operation, duration, Neo4j
// transactions, size, error codes), no token or password in any log, Prometheus metrics at /metrics,
// and the CLI's JSON log on stderr with --log-level. Over real HTTP against `kg serve` and Neo4j.
import { request } from 'node:http';
import { runKg } from '../support/run-kg';
import { testNeo4j } from '../support/neo4j-env';
import { seedsApi, serve, WRITE_TOKEN, type ServedApi } from './support/serve';

const READER_TOKEN = 'observability-reader-token-5f2c9a';
const UNKNOWN_TOKEN = 'never-configured-token-8d41e7b3';
const CLI_PASSWORD = 'cli-password-never-logged-7731';

const api = seedsApi({ API_READERS: `analyst=${READER_TOKEN}`, LOG_LEVEL: 'trace' });

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  operation?: string;
  operationType?: string;
  cypherQueries?: number;
  durationMs?: number;
  bytes?: number;
  errorCodes?: string[];
  req?: { method: string; path: string };
  res?: { statusCode: number };
  [key: string]: unknown;
}

const jsonLines = (text: string): LogLine[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

// The server writes its log asynchronously: a line shows up shortly after its answer.
async function linesOf(requestId: string): Promise<LogLine[]> {
  for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const lines = jsonLines(api.output()).filter((line) => line.requestId === requestId);
    if (lines.length) return lines;
  }
  return [];
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { res, text, body: JSON.parse(text) as { data?: unknown; errors?: unknown[]; extensions?: { cypherQueries?: number } } };
}

const SEARCH = 'query FindSlogans($text: String!) { search(text: $text, limit: 5) { id name } }';

describe('the request log', () => {
  it('writes one line per request with its id, operation, duration, Neo4j transactions and size', async () => {
    const { res, text, body } = await post(SEARCH, { text: '全域' }, { 'x-request-id': 'obs-request-0001' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('obs-request-0001');
    const lines = await linesOf('obs-request-0001');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 'info',
      operation: 'FindSlogans',
      operationType: 'query',
      cypherQueries: body.extensions?.cypherQueries,
      bytes: Buffer.byteLength(text),
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(line.cypherQueries).toBeGreaterThanOrEqual(1);
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line.errorCodes).toBeUndefined();
    // and no second request logger writes a line of its own (nestjs-pino mounts none)
    expect(jsonLines(api.output()).filter((l) => l.res !== undefined && l.requestId === undefined)).toEqual([]);
  });

  it('makes a request id when the caller sends none, and answers with it', async () => {
    const { res } = await post(SEARCH, { text: '美丽' });
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await linesOf(id)).toEqual([expect.objectContaining({ operation: 'FindSlogans' })]);
  });

  it('replaces a request id that is not one (too long, or with spaces)', async () => {
    const { res } = await post(SEARCH, { text: '美丽' }, { 'x-request-id': 'a b'.repeat(100) });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs an error with its code, at warn', async () => {
    const { res } = await post('query Bad { search(text: "全域", limit: 1000) { id } }', {}, { 'x-request-id': 'obs-bad-0001' });
    expect(res.status).toBe(400);
    const [line] = await linesOf('obs-bad-0001');
    expect(line).toMatchObject({ level: 'warn', operation: 'Bad', errorCodes: ['BAD_USER_INPUT'], res: { statusCode: 400 } });
  });

  it('logs a refusal before GraphQL (a body over the limit) with its code', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'obs-bad-json-1' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const [line] = await linesOf('obs-bad-json-1');
    expect(line).toMatchObject({ level: 'warn', errorCodes: ['BAD_REQUEST'], res: { statusCode: 400 } });
  });

  it('never logs a token or a password, even at trace', async () => {
    const tokens = [WRITE_TOKEN, READER_TOKEN, UNKNOWN_TOKEN];
    for (const token of tokens) {
      await post(SEARCH, { text: '全域' }, { authorization: `Bearer ${token}`, cookie: `session=${token}` });
      await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { name } }')}&token=${token}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    }
    // a refused write and a wrong token are logged too
    await post('mutation { deleteDocument(id: "nothing") { id } }', {}, { authorization: `Bearer ${READER_TOKEN}` });
    await post('{ me { name } }', {}, { authorization: `Bearer ${UNKNOWN_TOKEN}`, 'x-request-id': 'obs-tokens-end' });
    expect(await linesOf('obs-tokens-end')).toHaveLength(1);
    const log = api.output();
    expect(jsonLines(log).length).toBeGreaterThan(10);
    for (const token of tokens) expect(log).not.toContain(token);
    expect(log).not.toContain(testNeo4j().password);
    expect(log.toLowerCase()).not.toContain('bearer');
  });
});

describe('/metrics', () => {
  const scrape = async () => {
    const res = await fetch(`${api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const sample = (text: string, series: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts requests per operation and errors by code', async () => {
    const before = await scrape();
    const countBefore = sample(before, 'graphql_request_duration_seconds_count{operation="FindSlogans"}') ?? 0;
    const errorsBefore = sample(before, 'graphql_errors_total{code="BAD_USER_INPUT"}') ?? 0;
    await post(SEARCH, { text: '全域' });
    await post(SEARCH, { text: '美丽' });
    await post('query Bad { search(text: "全域", limit: 1000) { id } }', {});
    const after = await scrape();
    expect(sample(after, 'graphql_request_duration_seconds_count{operation="FindSlogans"}')).toBe(countBefore + 2);
    expect(sample(after, 'graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(errorsBefore + 1);
    expect(after).toMatch(/^graphql_request_duration_seconds_bucket\{le="0.1",operation="FindSlogans"\} \d+$/m);
  });

  it("reads the Neo4j driver's pool, and exposes ingestion and job states", async () => {
    await post(SEARCH, { text: '全域' });
    const text = await scrape();
    const inUse = sample(text, 'neo4j_pool_connections{state="in_use"}');
    const idle = sample(text, 'neo4j_pool_connections{state="idle"}');
    expect(inUse).toEqual(expect.any(Number));
    // the search's connection went back to the pool
    expect(idle).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE ingest_documents_total counter');
    expect(text).toContain('# TYPE ingest_jobs gauge');
    expect(text).toContain('# TYPE rate_limited_requests_total counter');
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
  });

  it('counts a document ingested through the API by its outcome', async () => {
    const series = 'ingest_documents_total{outcome="unchanged"}';
    const mutation = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status documentId } }';
    const input = { fileName: 'observability-metrics.txt', text: '2021年，观测街道推进“观测口号”工作，全年完成观测任务3次。' };
    const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
    const first = await post(mutation, { input }, auth);
    expect(first.body.errors).toBeUndefined();
    const before = sample(await scrape(), series) ?? 0;
    const again = await post(mutation, { input }, auth);
    expect((again.body.data as { ingestDocument: { status: string } }).ingestDocument.status).toBe('unchanged');
    expect(sample(await scrape(), series)).toBe(before + 1);
    const id = (first.body.data as { ingestDocument: { documentId: string } }).ingestDocument.documentId;
    await post('mutation($id: ID!) { deleteDocument(id: $id) { id } }', { id }, auth);
  });
});

describe('/metrics of kg serve --workers 2', () => {
  let clustered: ServedApi | undefined;
  beforeAll(async () => {
    clustered = await serve({ API_WORKERS: '2' });
  }, 120_000);
  afterAll(() => clustered?.stop());

  // each on a connection of its own, which the primary hands to the workers in turn
  const once = (path: string, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const { port } = new URL((clustered as ServedApi).url);
      const req = request(
        { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', agent: false, headers: body ? { 'content-type': 'application/json' } : {} },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('sums the workers: every scrape counts all requests, whichever worker answers it', async () => {
    const query = JSON.stringify({ query: 'query Counted { savedQueries { name } }' });
    for (let i = 0; i < 6; i++) expect((await once('/graphql', query)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await once('/metrics')).text).toMatch(/^graphql_request_duration_seconds_count\{operation="Counted"\} 6$/m);
    }
  });
});

describe('the CLI log', () => {
  it('writes JSON lines on stderr at --log-level, before or after the command', () => {
    for (const args of [['--log-level', 'info', 'help'], ['help', '--log-level=info']]) {
      const result = runKg(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('usage: kg');
      const lines = jsonLines(result.stderr);
      expect(lines).toEqual([expect.objectContaining({ level: 'info', name: 'kg', command: 'help', msg: 'command finished', exitCode: 0 })]);
    }
    // warn by default: a command that succeeds logs nothing
    expect(jsonLines(runKg(['help']).stderr)).toEqual([]);
  });

  it('logs a failed command with its code, never the Neo4j password', () => {
    const result = runKg(['--log-level', 'trace', 'migrate'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: CLI_PASSWORD });
    expect(result.status).toBe(1);
    const [line] = jsonLines(result.stderr).filter((l) => l.msg === 'command failed');
    expect(line).toMatchObject({ level: 'error', command: 'migrate', code: 'NEO4J_UNAVAILABLE' });
    expect(result.stderr).not.toContain(CLI_PASSWORD);
  });

  it('refuses a level it does not know, naming the ones it does', () => {
    const result = runKg(['--log-level', 'loud', 'help']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--log-level expects one of fatal, error, warn, info, debug, trace, silent, got "loud"');
  });
});
