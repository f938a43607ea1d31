// Rate limits over real HTTP: per address, per token, and stricter for the Cypher console and uploads.
// A flood from one address gets 429s for the excess while a caller with its own token is served.
import { Agent, request } from 'node:http';
import { gql, type GqlResponse } from './support/gql';
import { seedsApi, WRITE_TOKEN } from './support/serve';

const OTHER_TOKEN = 'rate-limit-other-reader-token-91c0';
const ANALYST_TOKEN = 'rate-limit-analyst-reader-token-4e7b';
const REQUESTS = 100;
const CONSOLE = 3;
const UPLOADS = 2;

// a window longer than the test, so what is counted does not depend on how fast the machine is
const api = seedsApi({
  API_READERS: `other=${OTHER_TOKEN},analyst=${ANALYST_TOKEN}`,
  RATE_LIMIT_WINDOW_MS: '600000',
  RATE_LIMIT_REQUESTS: String(REQUESTS),
  RATE_LIMIT_CONSOLE: String(CONSOLE),
  RATE_LIMIT_UPLOADS: String(UPLOADS),
});

const PING = JSON.stringify({ query: 'query Ping { savedQueries { name } }' });

interface Answer {
  status: number;
  retryAfter?: string;
  body: string;
}

// node:http on kept-alive connections: the cheapest client, so the flood measures the server
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
afterAll(() => agent.destroy());

function ping(headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${api.url}/graphql`);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body }));
      },
    );
    req.on('error', reject);
    req.end(PING);
  });
}

// The server writes its log asynchronously: a line shows up shortly after its answer.
async function logLineOf(requestId: string): Promise<Record<string, unknown> | undefined> {
  for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const lines = api.output().split('\n').filter((line) => line.startsWith('{') && line.endsWith('}'));
    const found = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line['requestId'] === requestId);
    if (found) return found;
  }
  return undefined;
}

describe('requests per caller', () => {
  it('answers 1,000 requests from one address with 429 past the limit, while another token is served', async () => {
    const started = Date.now();
    let next = 0;
    const flood: Answer[] = [];
    const other: number[] = [];
    // 20 connections from this address, each sending its next request when the last one answered
    const clients = Array.from({ length: 20 }, async () => {
      while (next < 1_000) {
        const n = ++next;
        flood.push(await ping());
        if (n % 100 === 0) other.push((await ping({ authorization: `Bearer ${OTHER_TOKEN}` })).status);
      }
    });
    await Promise.all(clients);
    // the window is longer than any run, so the counts below do not depend on how busy the machine is
    process.stderr.write(`rate-limit.spec: 1,000 requests from one address in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const statuses = flood.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(REQUESTS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1_000 - REQUESTS);
    // the other token was served all along, on its own allowance
    expect(other).toHaveLength(10);
    expect(other.every((s) => s === 200)).toBe(true);

    const refused = flood.find((r) => r.status === 429);
    const body = JSON.parse(refused?.body ?? '{}') as GqlResponse<unknown>;
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`may send ${REQUESTS} requests every 600 s`),
      extensions: { code: 'TOO_MANY_REQUESTS', limit: 'requests' },
    });
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
    expect(body.data).toBeUndefined();
  });

  it('counts an unknown token as its address: inventing tokens buys nothing', async () => {
    const res = await ping({ authorization: 'Bearer invented-token-000000000000' });
    expect(res.status).toBe(429);
  });

  it('logs a refusal on the request log, with the path it was sent to and its code', async () => {
    const res = await ping({ 'x-request-id': 'rate-limited-0001' });
    expect(res.status).toBe(429);
    expect(await logLineOf('rate-limited-0001')).toMatchObject({
      level: 'warn',
      errorCodes: ['TOO_MANY_REQUESTS'],
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 429 },
    });
  });

  it('shows the refusals in /metrics', async () => {
    const text = await (await fetch(`${api.url}/metrics`)).text();
    const refused = Number(/^rate_limited_requests_total\{limit="requests"\} (\d+)$/m.exec(text)?.[1]);
    expect(refused).toBeGreaterThanOrEqual(1_000 - REQUESTS);
  });
});

describe('stricter limits', () => {
  const CYPHER = 'query Console($q: String!) { cypher(query: $q) { rowCount } }';

  it(`lets one token run ${CONSOLE} console queries per window, while its other requests go on`, async () => {
    const auth = { authorization: `Bearer ${ANALYST_TOKEN}` };
    const answers = [];
    for (let i = 0; i <= CONSOLE; i++) answers.push(await gql(api.url, CYPHER, { q: 'RETURN 1 AS one' }, auth));
    expect(answers.slice(0, CONSOLE).map((a) => a.errors)).toEqual(Array(CONSOLE).fill(undefined));
    const over = answers[CONSOLE];
    expect(over.status).toBe(429);
    expect(over.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`may send ${CONSOLE} console queries (cypher, runSavedQuery) every 600 s`),
      extensions: { code: 'TOO_MANY_REQUESTS', limit: 'console' },
    });
    expect((await ping(auth)).status).toBe(200);
  });

  it(`lets one token upload ${UPLOADS} times per window`, async () => {
    const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
    const mutation = 'mutation Upload($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }';
    // an input refused as empty still counts: the limit applies before the upload is read
    const input = { fileName: 'empty.txt', text: '' };
    const answers = [];
    for (let i = 0; i <= UPLOADS; i++) answers.push(await gql(api.url, mutation, { input }, auth));
    expect(answers.slice(0, UPLOADS).map((a) => a.status)).toEqual(Array(UPLOADS).fill(400));
    expect(answers[UPLOADS].status).toBe(429);
    expect(answers[UPLOADS].errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', limit: 'uploads' } });
  });
});
