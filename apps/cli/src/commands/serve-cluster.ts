import { API_WORKER_V8_FLAGS, CLUSTER_METRICS } from '@policy-graph/config';
import cluster, { type Worker } from 'node:cluster';
import type { AggregatorRegistry, RegistryContentType } from 'prom-client';

export interface ClusterOptions {
  workers: number;
  /** V8 old-space ceiling of each worker, MiB. */
  heapMb: number;
  /** Told once, when every worker listens. */
  onListening(address: { address: string; port: number }): void;
  err(line: string): void;
}

// A worker dying this often means something is wrong that a restart will not fix.
const RESTARTS = { max: 5, withinMs: 60_000 };

// The primary of `kg serve --workers N`: forks the workers (each runs `kg serve` itself and they share
// the port), replaces one that dies after it listened, and on SIGINT/SIGTERM stops them all.
// Resolves to the exit code: 0 after a requested stop, else the code of the worker that could not serve.
export function runPrimary(options: ClusterOptions): Promise<number> {
  // The ceiling turns a runaway answer into one worker's OutOfMemory exit (replaced below), not a machine out of memory.
  const heapCeiling = `--max-old-space-size=${options.heapMb}`;
  const inherited = process.execArgv.filter((flag) => !flag.startsWith('--max-old-space-size'));
  cluster.setupPrimary({ execArgv: [...inherited, ...API_WORKER_V8_FLAGS, heapCeiling] });
  const listened = new Set<number>();
  const restarts: number[] = [];
  let announced = false;
  let live = 0;
  let stopping = false;
  let exitCode = 0;
  const fork = () => {
    live++;
    cluster.fork();
  };
  const stopAll = (code: number) => {
    if (!stopping) exitCode = code;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  const tooManyRestarts = () => {
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && now - restarts[0] > RESTARTS.withinMs) restarts.shift();
    return restarts.length > RESTARTS.max;
  };
  return new Promise<number>((done) => {
    cluster.on('listening', (worker, address) => {
      listened.add(worker.id);
      // the others start once the first listens: started together, they share the cores while each
      // loads the API, and the first answers /health later than it would alone
      if (listened.size === 1 && !stopping) for (let i = 1; i < options.workers; i++) fork();
      if (!announced && listened.size === options.workers) {
        announced = true;
        options.onListening(address);
      }
    });
    cluster.on('exit', (worker, code, signal) => {
      live--;
      if (stopping) {
        // nothing to do but wait for the others
      } else if (!listened.has(worker.id)) {
        // a worker that could not start (port taken, bad settings) would fail again
        stopAll(code || 1);
      } else if (tooManyRestarts()) {
        options.err(`kg serve: workers keep stopping (${RESTARTS.max} restarts in ${RESTARTS.withinMs / 1000} s); giving up`);
        stopAll(1);
      } else {
        options.err(`kg serve: worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
        fork();
      }
      if (live === 0) done(exitCode);
    });
    cluster.on('message', answerMetricsRequests());
    process.once('SIGINT', () => stopAll(0));
    process.once('SIGTERM', () => stopAll(0));
    fork();
  });
}

// A worker scraped at /metrics asks for every worker's metrics: prom-client gathers and sums them
// (loaded at the first scrape, not before the first worker starts).
function answerMetricsRequests() {
  let aggregator: AggregatorRegistry<RegistryContentType> | undefined;
  return (worker: Worker, message: { type?: string; id?: number }) => {
    if (message?.type !== CLUSTER_METRICS.ask) return;
    aggregator ??= new (require('prom-client') as typeof import('prom-client')).AggregatorRegistry();
    const answer = (reply: { text?: string; error?: string }) => {
      if (worker.isConnected()) worker.send({ type: CLUSTER_METRICS.answer, id: message.id, ...reply });
    };
    aggregator.clusterMetrics().then((text: string) => answer({ text }), (error: Error) => answer({ error: error.message }));
  };
}
