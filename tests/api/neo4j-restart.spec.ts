// `kg serve` in front of the local Neo4j of NEO4J_HOME: a frozen Neo4j (SIGSTOP, its connections
// open and silent) gets a clear answer in seconds, and one that dies without being asked (kill -9
// here, as the kernel's OOM killer would) is started again: /health is up again and queries answer.
import { findFreePort, startLocalNeo4j, stopLocalNeo4j } from '@policy-graph/graph';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK_START } from '../support/neo4j-env';
import { codeOf, gql } from './support/gql';
import { serve, type ServedApi } from './support/serve';

const PASSWORD = 'policy-graph-restart';
const MEMORY = { heap: '512m', pagecache: '64m' };
let home: string;
let api: ServedApi;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'policy-graph-restart-'));
  const port = await findFreePort();
  const started = await startLocalNeo4j({ home, port, password: PASSWORD, ...MEMORY, jvmOptions: QUICK_START });
  api = await serve({
    NEO4J_URI: started.uri,
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_HOME: home,
    NEO4J_HEAP: MEMORY.heap,
    NEO4J_PAGECACHE: MEMORY.pagecache,
    NEO4J_JAVA_OPTS: QUICK_START.join(' '),
  });
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await stopLocalNeo4j({ home }).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
}, 120_000);

const answers = async () =>
  (await fetch(`${api.url}/health`).then((r) => r.status, () => 0)) === 200 &&
  (await gql<{ cypher: { rowCount: number } }>(api.url, 'query { cypher(query: "RETURN 1 AS one") { rowCount } }').then((r) => r.data?.cypher?.rowCount === 1, () => false));

// The server writes its log asynchronously: a line shows up shortly after the answer.
async function logged(test: (line: Record<string, unknown>) => boolean): Promise<boolean> {
  for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const lines = api.output().split('\n').filter((line) => line.startsWith('{') && line.endsWith('}'));
    if (lines.some((line) => test(JSON.parse(line) as Record<string, unknown>))) return true;
  }
  return false;
}

// A call's deadline is its timeout (10 s) and 5 s more; one that finds no idle connection waits for a
// new one at most 10 s. Four at once, so that some find one and some do not.
it('a frozen Neo4j: /health says down within 4 s, searches and a console query get DATABASE_UNAVAILABLE within 16 s, and answer once it runs again', async () => {
  expect(await answers()).toBe(true);
  const pid = Number(readFileSync(join(home, 'neo4j.pid'), 'utf8'));
  process.kill(pid, 'SIGSTOP');
  try {
    const started = Date.now();
    const health = await fetch(`${api.url}/health`);
    expect({ status: health.status, body: await health.json(), within4s: Date.now() - started < 4_000 }).toEqual({ status: 503, body: { status: 'error', neo4j: 'down' }, within4s: true });
    // the reason goes to the log, as a warning of the health check's own logger
    expect(await logged((line) => line['level'] === 'warn' && line['context'] === 'health' && String(line['msg']).startsWith('Neo4j is down: '))).toBe(true);
    const timed = async (query: string) => {
      const sent = Date.now();
      const res = await gql(api.url, query);
      return { status: res.status, code: codeOf(res), within16s: Date.now() - sent < 16_000 };
    };
    const search = '{ search(text: "全域") { id } }';
    const answered = await Promise.all([search, search, search, '{ cypher(query: "MATCH (n) RETURN count(n) AS n") { rowCount } }'].map(timed));
    expect(answered).toEqual(Array(4).fill({ status: 503, code: 'DATABASE_UNAVAILABLE', within16s: true }));
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  const resumed = Date.now();
  while (!(await answers())) {
    expect(Date.now() - resumed).toBeLessThan(30_000);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 120_000);

it('a killed Neo4j is started again: within 2 minutes /health is up and a query answers', async () => {
  expect(await answers()).toBe(true);
  const pid = Number(readFileSync(join(home, 'neo4j.pid'), 'utf8'));
  process.kill(pid, 'SIGKILL');
  const killed = Date.now();
  await new Promise((r) => setTimeout(r, 1_000));
  expect((await fetch(`${api.url}/health`)).status).toBe(503);
  while (!(await answers())) {
    expect(Date.now() - killed).toBeLessThan(120_000);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  expect(api.output()).toMatch(/Neo4j in .* stopped without being asked \(pid \d+ is gone\); starting it again \(1 of 3\)/);
  // the API may answer again a moment before the supervisor's start returns and says so
  while (!/Neo4j answers again at bolt:\/\/127\.0\.0\.1:\d+/.test(api.output())) {
    expect(Date.now() - killed).toBeLessThan(180_000);
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(Number(readFileSync(join(home, 'neo4j.pid'), 'utf8'))).not.toBe(pid);
}, 200_000);
