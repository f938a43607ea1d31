import cluster from 'node:cluster';

export interface ClusterOptions {
  workers: number;
  /** Told once, when every worker listens. */
  onListening(address: { address: string; port: number }): void;
  err(line: string): void;
}

// The primary of `kg serve --workers N`: forks the workers (each runs `kg serve` itself and they share
// the port), replaces one that dies while serving, and on SIGINT/SIGTERM stops them all.
// Resolves to the exit code: 0 after a requested stop, the worker's code when one could not start.
export function runPrimary(options: ClusterOptions): Promise<number> {
  let live = 0;
  let listening = 0;
  let stopping = false;
  let exitCode = 0;
  const fork = () => {
    live++;
    cluster.fork();
  };
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  // A young generation of 32 MB (V8's default is 16): an answer is built from many short-lived objects,
  // and fewer scavenges shorten the pauses that other requests wait behind.
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--max-semi-space-size=32'] });
  return new Promise<number>((done) => {
    cluster.on('listening', (_worker, address) => {
      if (++listening === options.workers) options.onListening(address);
    });
    cluster.on('exit', (worker, code, signal) => {
      live--;
      if (!stopping && listening < options.workers) {
        // a worker that could not start (port taken, Neo4j settings) would fail again: stop
        exitCode = code || 1;
        stopAll();
      } else if (!stopping) {
        options.err(`kg serve: worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
        fork();
      }
      if (live === 0) done(exitCode);
    });
    process.once('SIGINT', stopAll);
    process.once('SIGTERM', stopAll);
    for (let i = 0; i < options.workers; i++) fork();
  });
}
