import type { Config, LogLevel } from '@policy-graph/config';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { CommandContext, CommandRunner } from '../command';
import { parseCommandArgs, parsePort, parseCount } from '../parse-command-args';

// The API is its own application (apps/api); the CLI loads its entry at run time rather than linking to it.
interface ApiEntry {
  apiDepsFrom(config: Config, repoRoot: string, overrides: { port: number; host: string; logLevel?: LogLevel }): {
    executor: { verifyConnectivity(deadlineMs?: number): Promise<void> };
    close(): Promise<void>;
  };
  startApi(deps: unknown): Promise<{ url: string; close(): Promise<void> }>;
  warmUp(deps: unknown): Promise<number>;
}

const untilSignal = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });

// A worker's channel to the primary keeps it alive: drop it so the worker exits when done.
const leaveCluster = () => {
  if (cluster.isWorker) cluster.worker?.disconnect();
};

const hostOf = (host: string) => (host.includes(':') ? `[${host}]` : host);
const SHUTDOWN_MS = 5_000;
const CONNECT_CHECK_MS = 10_000;

// True when `close` finished in time.
async function closeWithin(ms: number, close: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = close().then(() => true, () => true);
  const closed = await Promise.race([done, late]);
  clearTimeout(timer);
  return closed;
}

interface Supervisor {
  stop(): void;
}

// Supervision that cannot start is a warning: the workers serve regardless.
const superviseNeo4j = (ctx: CommandContext): Promise<Supervisor | null> =>
  import('./serve-neo4j')
    .then(({ superviseLocalNeo4jOf }) => superviseLocalNeo4jOf(ctx))
    .catch((error: Error) => {
      ctx.err(`kg serve: warning: the local Neo4j is not supervised: ${error.message}`);
      return null;
    });

const announce = (url: string, workers: number) =>
  `policy-graph API on ${url}${workers > 1 ? ` (${workers} workers)` : ''}: GraphQL and IDE at ${url}/graphql, health at ${url}/health`;

export const serveCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' }, workers: { type: 'string' } });
    const config = ctx.config();
    const port = parsePort(values.port, '--port') ?? config.api.port;
    const workers = parseCount(values.workers, '--workers', 64) ?? config.api.workers;
    if (workers > 1 && cluster.isPrimary) {
      // The first worker is forked before the local Neo4j's supervision loads the graph library: that
      // load then runs beside the worker's own start rather than before it, and is over long before
      // the worker listens (the primary hands every connection to a worker, so it must not be busy then).
      const { runPrimary } = await import('./serve-cluster');
      const serving = runPrimary({
        workers,
        heapMb: config.api.workerHeapMb,
        err: ctx.err,
        onListening: ({ port: bound }) => ctx.err(announce(`http://${hostOf(values.host ?? config.api.host)}:${bound}`, workers)),
      });
      const supervisor = superviseNeo4j(ctx);
      return serving.finally(async () => (await supervisor)?.stop());
    }
    const supervisor = cluster.isPrimary ? await (await import('./serve-neo4j')).superviseLocalNeo4jOf(ctx) : null;
    // Before the API's modules load: GraphQL and Express skip their development-time checks.
    process.env.NODE_ENV ??= 'production';
    // beside this file in the sources and in dist/node alike, so a compiled CLI serves the compiled API
    const entry = (await import(join(__dirname, '..', '..', '..', 'api', 'src', 'serve'))) as ApiEntry;
    // the request log at --log-level when given, else LOG_LEVEL (info: a line per request)
    const deps = entry.apiDepsFrom(config, ctx.repoRoot, {
      port,
      host: values.host ?? config.api.host,
      ...(ctx.logLevel ? { logLevel: ctx.logLevel } : {}),
    });
    // Checked while the server starts, not before: an absent Neo4j is reported, not waited for.
    void deps.executor.verifyConnectivity(CONNECT_CHECK_MS).catch((error: Error) => {
      ctx.err(`kg serve: warning: ${error.message} (/health reports it until Neo4j answers)`);
    });
    const api = await entry.startApi(deps).catch(async (error: unknown) => {
      await deps.close();
      leaveCluster();
      throw error;
    });
    if (cluster.isPrimary) ctx.err(announce(api.url, 1));
    // listening already: the first plan of each read is paid now, not by the first request
    void entry.warmUp(deps).catch(() => undefined);
    await untilSignal();
    supervisor?.stop();
    const closed = await closeWithin(SHUTDOWN_MS, async () => {
      await api.close();
      await deps.close();
    });
    leaveCluster();
    // A frozen Neo4j never answers the driver's goodbye, and the sockets of calls still waiting on it
    // would keep the process alive: whatever is left after closing gets a second, then the process ends.
    if (!closed) ctx.err(`kg serve: Neo4j did not answer within ${SHUTDOWN_MS / 1000} s of closing; stopping anyway`);
    setTimeout(() => process.exit(), 1_000).unref();
  },
};
