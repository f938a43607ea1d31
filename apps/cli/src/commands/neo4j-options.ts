import type { LocalNeo4jOptions } from '@policy-graph/graph';
import { isAbsolute, resolve } from 'node:path';
import { CommandContext } from '../command';
import { parsePort } from '../parse-command-args';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Launcher options from flags, then the environment (NEO4J_HOME, NEO4J_URI's port, ...). */
export function localNeo4jOptions(
  flags: { home?: string; port?: string },
  ctx: CommandContext,
): LocalNeo4jOptions {
  const config = ctx.config();
  return {
    home: homeFolder(flags.home, ctx),
    port: parsePort(flags.port, '--port') ?? portOfLocalUri(config.neo4j.uri),
    password: config.neo4j.password,
    heap: config.neo4j.heap,
    pagecache: config.neo4j.pagecache,
    cacheDir: config.neo4j.cacheDir,
    launcherDir: resolve(ctx.repoRoot, 'graph', 'launcher'),
    log: (line) => ctx.err(line),
  };
}

// An explicit folder is relative to the current directory; the default .neo4j/ lives in the repository.
function homeFolder(flag: string | undefined, ctx: CommandContext): string {
  if (flag) return resolve(flag);
  const home = ctx.config().neo4j.home;
  if (isAbsolute(home)) return home;
  return ctx.env.NEO4J_HOME ? resolve(home) : resolve(ctx.repoRoot, home);
}

const URI_PARTS = /^[a-z0-9+]+:\/\/([^/:]+|\[[^\]]+\])(?::(\d+))?/;

/** True when NEO4J_URI points at this machine, where the local launcher can serve it. */
export function isLocalUri(uri: string): boolean {
  const match = URI_PARTS.exec(uri);
  return match !== null && LOCAL_HOSTS.has(match[1]);
}

/** The launcher listens where NEO4J_URI points when that is this machine; else on 7687. */
export function portOfLocalUri(uri: string): number | undefined {
  const match = URI_PARTS.exec(uri);
  if (!match || !LOCAL_HOSTS.has(match[1])) return undefined;
  return match[2] ? Number(match[2]) : undefined;
}
