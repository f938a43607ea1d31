// Soak: `clients` concurrent callers for `seconds`, each sending search, slogan, neighbourhood and
// console requests in turn, against a `kg serve` it starts (rate limits raised for the run) or --url.
// Ends with the count of errors by reason, latencies, and whether /health and a query still answer;
// exits 1 on any error or an unhealthy service. Not part of `make test` (it runs a minute and more).
//   NEO4J_URI=… node -r @swc-node/register apps/api/src/bench/soak.ts [--clients 200] [--seconds 60] [--workers N] [--url http://host:port]
import { loadConfig } from '@policy-graph/config';
import { int, Neo4jExecutor } from '@policy-graph/graph';
import { parseArgs } from 'node:util';
import { graphqlClient } from './http-client';
import { startServer } from './server';
import { WORKLOADS } from './workloads';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '200' }, seconds: { type: 'string', default: '60' }, workers: { type: 'string' }, url: { type: 'string' } },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);

// One caller's limits would stop a soak from one address: raised, the service's own behaviour is what is measured.
const SOAK_LIMITS = { RATE_LIMIT_REQUESTS: '100000000', RATE_LIMIT_CONSOLE: '100000000', CYPHER_CONCURRENCY: '100' };

const SEARCHES = ['全域', '美丽', '数字', '乡村振兴', '萧山', '项目', '共同富裕', '一体化'];
const CONSOLE_QUERIES = [
  'MATCH (s:Slogan) RETURN s.name AS name ORDER BY name LIMIT 20',
  'MATCH (d:Document) RETURN d.year AS year, count(*) AS n ORDER BY year',
  'MATCH (s:Slogan)<-[:ADOPTS]-(b) RETURN s.name AS slogan, count(b) AS adopters ORDER BY adopters DESC LIMIT 10',
];

const byName = (name: string) => {
  const workload = WORKLOADS.find((w) => w.name === name);
  if (!workload) throw new Error(`no workload ${name}`);
  return workload;
};
const slogan = byName('slogan');
const neighbourhood = byName('neighbourhood');

// The request number n of a client: the four kinds in turn, their keys rotated.
function requestFor(n: number, keys: string[]): { kind: string; body: unknown } {
  const key = keys[n % keys.length];
  switch (n % 4) {
    case 0:
      return { kind: 'search', body: { query: 'query($text: String!) { search(text: $text, limit: 20) { id name } }', variables: { text: SEARCHES[n % SEARCHES.length] } } };
    case 1:
      return { kind: 'slogan', body: slogan.graphql(key) };
    case 2:
      return { kind: 'neighbourhood', body: neighbourhood.graphql(key) };
    default:
      return { kind: 'console', body: { query: 'query($query: String!) { cypher(query: $query) { rowCount } }', variables: { query: CONSOLE_QUERIES[n % CONSOLE_QUERIES.length] } } };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function healthy(url: string): Promise<boolean> {
  const health = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
  const query = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "全域", limit: 1) { id } }' }) })
    .then(async (r) => r.status === 200 && !(await r.json()).errors, () => false);
  return health && query;
}

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const db = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-soak' });
  const keys = (await db.read<{ id: string }>('MATCH (s:Slogan) RETURN s.id AS id ORDER BY COUNT { (s)--() } DESC LIMIT $n', { n: int(50) })).map((r) => r.id);
  await db.close();
  if (!keys.length) throw new Error('the graph at NEO4J_URI has no slogans: ingest seeds/ first (bin/kg ingest seeds)');
  const workers = values.workers ?? String(config.api.workers);
  const server = values.url ? null : await startServer({ ...process.env, ...SOAK_LIMITS, API_WORKERS: workers });
  const url = server ? server.url : String(values.url);
  const client = graphqlClient(url, CLIENTS);
  const latencies: Record<string, number[]> = {};
  const errors = new Map<string, number>();
  const until = Date.now() + SECONDS * 1000;
  let sent = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let n = c; Date.now() < until; n += CLIENTS) {
        const { kind, body } = requestFor(n, keys);
        const t = performance.now();
        sent++;
        try {
          await client.post(body);
          (latencies[kind] ??= []).push(performance.now() - t);
        } catch (error) {
          const reason = `${kind}: ${(error as Error).message.slice(0, 160)}`;
          errors.set(reason, (errors.get(reason) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  client.close();
  const ok = await healthy(url);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  console.log(`soak: ${CLIENTS} clients for ${elapsed.toFixed(1)} s against ${url} (${workers} workers): ${sent} requests, ${(sent / elapsed).toFixed(1)}/s, ${errorCount} errors`);
  console.log(`${'kind'.padEnd(15)}${'requests'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}`);
  for (const [kind, list] of Object.entries(latencies)) {
    const sorted = [...list].sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(0).padStart(9);
    console.log(`${kind.padEnd(15)}${String(sorted.length).padStart(9)}${f(percentile(sorted, 50))}${f(percentile(sorted, 95))}${f(percentile(sorted, 99))}${f(sorted[sorted.length - 1])}`);
  }
  for (const [reason, count] of errors) console.log(`  ${count} × ${reason}`);
  console.log(`afterwards: ${ok ? 'healthy (/health 200, a search answers)' : 'NOT healthy'}`);
  await server?.stop();
  return errorCount === 0 && ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`soak: ${error.message}`);
    process.exit(2);
  },
);
