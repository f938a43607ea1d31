// Latency and throughput of slogan, diffusion and neighbourhood through GraphQL (a `kg serve` process)
// beside the same Cypher straight through the driver, on the graph at NEO4J_URI.
// Each path runs `seconds` in all, in alternating rounds after a warm-up of both (see runPaired); the
// driver path runs in as many Node processes as the API has workers (direct-pool.ts).
//   node -r @swc-node/register apps/api/src/bench/api-bench.ts [--seconds 30] [--rounds 10] [--clients 20] [--workers N] [--url http://host:port] [--keys 50] [--only slogan,diffusion] [--client wrk|node]
// --workers: API_WORKERS of the `kg serve` it starts (or of the server at --url) and the driver path's processes.
// --client: what loads the GraphQL path: wrk (the default; scripts/setup.sh installs it) or Node's http.
import { loadConfig } from '@policy-graph/config';
import { int, Neo4jExecutor } from '@policy-graph/graph';
import { parseArgs } from 'node:util';
import { graphqlClient } from './http-client';
import { startDirectPool } from './direct-pool';
import { inProcess, runPaired, type LoadStats, type Runner } from './load';
import { startServer } from './server';
import { WORKLOADS, type Workload } from './workloads';
import { wrkAvailable, wrkRunner } from './wrk-runner';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, rounds: { type: 'string', default: '10' }, clients: { type: 'string', default: '20' }, workers: { type: 'string' }, url: { type: 'string' }, keys: { type: 'string', default: '50' }, only: { type: 'string' }, client: { type: 'string', default: 'wrk' } },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ROUNDS = Number(values.rounds);
const ONLY = values.only?.split(',').map((w) => w.trim());
const unknown = ONLY?.filter((w) => !WORKLOADS.some((x) => x.name === w)) ?? [];
if (unknown.length) throw new Error(`--only: no workload ${unknown.join(', ')}; there are ${WORKLOADS.map((w) => w.name).join(', ')}`);
const CLIENT = values.client;
if (CLIENT !== 'wrk' && CLIENT !== 'node') throw new Error(`--client: ${CLIENT} is neither wrk nor node`);

// The most adopted slogans: real keys, rotated so no single answer dominates.
async function keysFor(db: Neo4jExecutor, limit: number): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    `MATCH (s:Slogan) RETURN s.id AS id ORDER BY COUNT { (s)<-[:ADOPTS]-() } DESC, COUNT { (s)--() } DESC LIMIT $limit`,
    { limit: int(limit) },
  );
  return rows.map((r) => r.id);
}

const ms = (n: number) => n.toFixed(1).padStart(8);
const line = (label: string, s: LoadStats) =>
  `${label.padEnd(24)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${s.throughput.toFixed(1).padStart(10)}${String(s.requests).padStart(9)}${String(s.errors).padStart(7)}`;

// The GraphQL path's load: wrk, or `clients` Node loops over kept-alive sockets.
function graphqlLoad(url: string, workload: Workload, keys: string[]): { runner: Runner; close(): void } {
  const body = (n: number) => workload.graphql(keys[n % keys.length]);
  if (CLIENT === 'wrk') return wrkRunner(url, keys.map((_, n) => body(n)), CLIENTS);
  const client = graphqlClient(url, CLIENTS);
  return { runner: inProcess(CLIENTS, (n) => client.post(body(n))), close: () => client.close() };
}

async function main(): Promise<void> {
  if (CLIENT === 'wrk' && !(await wrkAvailable())) {
    throw new Error('wrk is not installed: run scripts/setup.sh (or apt-get install wrk), or pass --client node');
  }
  const config = loadConfig(process.env);
  const executor = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-bench' });
  const workers = Number(values.workers ?? config.api.workers);
  // one address sends everything: the per-caller request limit would refuse most of the load
  const server = values.url ? null : await startServer({ ...process.env, API_WORKERS: String(workers), RATE_LIMIT_REQUESTS: '100000000' });
  const url = server ? server.url : String(values.url);
  // the direct path gets as many Node processes as the API has workers: same number of event loops
  const pool = await startDirectPool(workers, process.env);
  try {
    const keys = await keysFor(executor, Number(values.keys));
    const [{ nodes }] = await executor.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    console.log(`graph: ${nodes} nodes, ${keys.length} slogans as keys; ${CLIENTS} clients, ${SECONDS} s per path in ${ROUNDS} alternating rounds; load from ${CLIENT === 'wrk' ? 'wrk' : 'Node http'}; API ${url}${server ? ` with ${workers} API workers, the driver path in as many processes` : ''}`);
    console.log(`${'run'.padEnd(24)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'req/s'.padStart(10)}${'requests'.padStart(9)}${'errors'.padStart(7)}`);
    for (const w of WORKLOADS.filter((x) => !ONLY || ONLY.includes(x.name))) {
      const load = graphqlLoad(url, w, keys);
      const [gq, dr] = await runPaired(SECONDS, ROUNDS, load.runner, pool.runner(w.name, keys, CLIENTS)).finally(() => load.close());
      console.log(line(`${w.name} graphql`, gq));
      console.log(line(`${w.name} driver`, dr));
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
      console.log(`${w.name}: GraphQL / driver p50 ${ratio(gq.p50, dr.p50)}, p95 ${ratio(gq.p95, dr.p95)} (target ≤ 1.20×), p99 ${ratio(gq.p99, dr.p99)}, throughput ${ratio(gq.throughput, dr.throughput)} (target ≥ 0.85×)${gq.firstError ? `; first GraphQL error: ${gq.firstError}` : ''}${dr.firstError ? `; first driver error: ${dr.firstError}` : ''}`);
    }
  } finally {
    await pool.close();
    await server?.stop();
    await executor.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
