// Faults in the middle of a corpus run: the ingest process killed (SIGKILL), and separately Neo4j
// killed. Running again must leave the graph of one clean run: same counts, same content checksum.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphChecksum, Neo4jExecutor, findFreePort, migrate, startLocalNeo4j, stopLocalNeo4j } from '@policy-graph/graph';
import { corpusSubset } from './support/corpus-subset';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { KgRun, Neo4jTarget, runKgTo, startKg, waitForStderr } from './support/kg-process';

const DOCUMENTS = 60;
const PASSWORD = 'policy-graph-faults';
const home = mkdtempSync(join(tmpdir(), 'policy-graph-faults-'));
let port: number;
let target: Neo4jTarget;
let executor: Neo4jExecutor;
let subset: ReturnType<typeof corpusSubset>;

async function startNeo4j(): Promise<void> {
  await startLocalNeo4j({ home, port, password: PASSWORD, heap: '1g', pagecache: '256m', watchPid: process.pid });
}

async function ingest(): Promise<{ new: number; unchanged: number; failed: unknown[] }> {
  const run = await runKgTo(['ingest', subset.dir, '--json', '--every', '10'], target);
  if (run.code !== 0 && run.code !== 3) throw new Error(`kg ingest exited ${run.code}:\n${run.stderr.slice(-3000)}`);
  return JSON.parse(run.stdout);
}

async function documents(): Promise<number> {
  const [row] = await executor.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  return row.n;
}

// One clean run into an empty graph, taken just before each fault so that both see the same code.
async function cleanRun(): Promise<GraphChecksum> {
  await wipeGraph(executor);
  expect(await ingest()).toMatchObject({ new: DOCUMENTS, unchanged: 0, failed: [] });
  expect(await documents()).toBe(DOCUMENTS);
  expect(await orphans(executor)).toEqual([]);
  const clean = await contentChecksum(executor);
  expect(clean.nodes).toBeGreaterThan(DOCUMENTS * 10);
  await wipeGraph(executor);
  return clean;
}

// Starts an ingestion and lets it write some documents before the fault.
async function interruptedRun(): Promise<KgRun> {
  const run = startKg(['ingest', subset.dir, '--every', '10'], target);
  await waitForStderr(run, /ingest 20\/\d+ files/);
  return run;
}

beforeAll(async () => {
  subset = corpusSubset(DOCUMENTS, 50);
  port = await findFreePort();
  target = { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: PASSWORD };
  await startNeo4j();
  executor = Neo4jExecutor.connect({ ...target, appName: 'policy-graph-e2e' });
  await migrate(executor, { dir: resolve(__dirname, '../../graph/schema') });
}, 900_000);

afterAll(async () => {
  await executor?.close();
  await stopLocalNeo4j({ home });
  rmSync(home, { recursive: true, force: true });
  subset?.cleanup();
}, 120_000);

it('SIGKILL of the ingest process mid-run, then a re-run, gives the clean graph', async () => {
  const clean = await cleanRun();
  const run = await interruptedRun();
  run.child.kill('SIGKILL');
  expect(await run.done).toBeNull();
  const written = await documents();
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(DOCUMENTS);
  const rerun = await ingest();
  expect(rerun).toMatchObject({ new: DOCUMENTS - written, unchanged: written, failed: [] });
  expect(await orphans(executor)).toEqual([]);
  expect(await contentChecksum(executor)).toEqual(clean);
}, 900_000);

it('killing Neo4j mid-run, restarting it, then a re-run, gives the clean graph', async () => {
  const clean = await cleanRun();
  const run = await interruptedRun();
  process.kill(Number(readFileSync(join(home, 'neo4j.pid'), 'utf8')), 'SIGKILL');
  expect(await run.done).not.toBe(0);
  expect(run.stderr()).toMatch(/ingestion stopped/);
  await startNeo4j();
  const written = await documents();
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(DOCUMENTS);
  const rerun = await ingest();
  expect(rerun).toMatchObject({ new: DOCUMENTS - written, unchanged: written, failed: [] });
  expect(await orphans(executor)).toEqual([]);
  expect(await contentChecksum(executor)).toEqual(clean);
}, 900_000);
