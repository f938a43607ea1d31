import type { Config } from '@policy-graph/config';
import { join } from 'node:path';
import { Command } from '../command';
import { parseCommandArgs, parsePort } from '../parse-command-args';

// The API is its own application (apps/api); the CLI loads its entry at run time rather than linking to it.
interface ApiEntry {
  apiDepsFrom(config: Config, repoRoot: string, overrides: { port: number; host: string }): {
    executor: { verifyConnectivity(): Promise<void> };
    close(): Promise<void>;
  };
  startApi(deps: unknown): Promise<{ url: string; close(): Promise<void> }>;
}

const untilSignal = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the API: GraphQL and its IDE at /graphql, /health, the web page (dist/web) at /',
  usage: '  kg serve [--host HOST] [--port N]    (default HOST and PORT from the environment, else 127.0.0.1:3000)',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' } });
    const config = ctx.config();
    const port = parsePort(values.port, '--port') ?? config.api.port;
    // Before the API's modules load: GraphQL and Express skip their development-time checks.
    process.env.NODE_ENV ??= 'production';
    const entry = (await import(join(ctx.repoRoot, 'apps', 'api', 'src', 'serve'))) as ApiEntry;
    const deps = entry.apiDepsFrom(config, ctx.repoRoot, { port, host: values.host ?? config.api.host });
    // Checked while the server starts, not before: an absent Neo4j is reported, not waited for.
    void deps.executor.verifyConnectivity().catch((error: Error) => {
      ctx.err(`kg serve: warning: ${error.message} (/health reports it until Neo4j answers)`);
    });
    const api = await entry.startApi(deps).catch(async (error: unknown) => {
      await deps.close();
      throw error;
    });
    ctx.err(`policy-graph API on ${api.url}: GraphQL and IDE at ${api.url}/graphql, health at ${api.url}/health`);
    await untilSignal();
    await api.close();
    await deps.close();
  },
};
