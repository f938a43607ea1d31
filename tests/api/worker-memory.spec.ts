// Each `kg serve` worker runs under a V8 heap ceiling (API_WORKER_HEAP_MB) and stays well under it
// while callers ask for answers far past the console's byte cap; one that dies is replaced.
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { gql } from './support/gql';
import { serve, type ServedApi } from './support/serve';

const CONSOLE = 'query($query: String!) { cypher(query: $query) { rowCount truncated truncatedBy } }';
// 50 rows of 1 MB strings: 50 MB if it were held, ten times the 5 MiB cap
const HUGE = "UNWIND range(1, 50) AS i RETURN i, reduce(s = 'xxxxxxxxxxxxxxxx', k IN range(1, 16) | s + s) AS text";
const HEAP_MB = 256;

let api: ServedApi;

const childrenOf = (pid: number): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // ended while being read
      }
    })
    .map(Number);

const argsOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

beforeAll(async () => {
  api = await serve({ API_WORKERS: '2', API_WORKER_HEAP_MB: String(HEAP_MB), CYPHER_CONCURRENCY: '4', CYPHER_TIMEOUT_MS: '20000' });
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

it('starts each worker with the heap ceiling', () => {
  const workers = childrenOf(api.pid);
  expect(workers).toHaveLength(2);
  for (const pid of workers) expect(argsOf(pid)).toContain(`--max-old-space-size=${HEAP_MB}`);
});

it('answers queries past the byte cap truncated, the workers staying far under 1 GB and all still serving', async () => {
  const workers = childrenOf(api.pid);
  let peakMb = 0;
  const sampler = setInterval(() => workers.forEach((pid) => (peakMb = Math.max(peakMb, rssMb(pid)))), 100);
  try {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => gql<{ cypher: { truncated: boolean; truncatedBy: string } }>(api.url, CONSOLE, { query: HUGE })),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.cypher).toEqual(expect.objectContaining({ truncated: true, truncatedBy: 'BYTES' }));
    }
  } finally {
    clearInterval(sampler);
  }
  expect(peakMb).toBeGreaterThan(0);
  expect(peakMb).toBeLessThan(1024);
  // the same workers, none replaced
  expect(childrenOf(api.pid).sort()).toEqual([...workers].sort());
  expect((await fetch(`${api.url}/health`)).status).toBe(200);
}, 120_000);

// /health on a connection of its own (a kept-alive one may lead to the worker just killed), given 2 s
const health = () =>
  new Promise<number>((answered) => {
    const req = get(`${api.url}/health`, { agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      answered(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => answered(0));
  });

it('a worker that dies (as one past its heap ceiling does) is replaced while the other keeps answering', async () => {
  const [victim, survivor] = childrenOf(api.pid);
  process.kill(victim, 'SIGKILL');
  const killed = Date.now();
  const statuses: number[] = [];
  while (childrenOf(api.pid).length < 2 || !childrenOf(api.pid).every((pid) => pid !== victim)) {
    statuses.push(await health());
    expect(Date.now() - killed).toBeLessThan(60_000);
    await new Promise((r) => setTimeout(r, 250));
  }
  // meanwhile the other worker answered every request but, at most, one sent to the dying one
  expect(statuses.filter((status) => status !== 200).length).toBeLessThanOrEqual(1);
  expect(childrenOf(api.pid)).toContain(survivor);
  expect(api.output()).toContain(`kg serve: worker ${victim} stopped (SIGKILL); starting another`);
  for (let i = 0; i < 4; i++) expect(await health()).toBe(200);
}, 90_000);
