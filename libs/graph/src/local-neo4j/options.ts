import { repoRoot } from '@policy-graph/model';
import { join, resolve } from 'node:path';

export interface LocalNeo4jOptions {
  /** Folder of this instance: conf/, data/, logs/, neo4j.pid, ready. */
  home: string;
  /** Bolt port on 127.0.0.1. */
  port?: number;
  /** Password given to user neo4j when the store is created. */
  password?: string;
  /** JVM heap, e.g. "2g". */
  heap?: string;
  /** Neo4j page cache, e.g. "1g". */
  pagecache?: string;
  /** Extra JVM flags, e.g. ['-XX:TieredStopAtLevel=1'] for a quicker start of a short-lived instance. */
  jvmOptions?: string[];
  /** Where fetched jars live; default ~/.cache/policy-graph. */
  cacheDir?: string;
  /** Folder with fetch.sh, run.sh and Launcher.java; default graph/launcher of this repository. */
  launcherDir?: string;
  /** Stop Neo4j when the process with this pid ends (test runs pass their own). */
  watchPid?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Progress lines (jar fetching, stale files removed). */
  log?: (line: string) => void;
}

export type ResolvedOptions = Required<Omit<LocalNeo4jOptions, 'cacheDir' | 'watchPid'>> &
  Pick<LocalNeo4jOptions, 'cacheDir' | 'watchPid'>;

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_PASSWORD = 'policy-graph';

const REPO_ROOT = repoRoot(__dirname);

export function resolveOptions(options: LocalNeo4jOptions): ResolvedOptions {
  return {
    home: resolve(options.home),
    port: options.port ?? DEFAULT_BOLT_PORT,
    password: options.password ?? DEFAULT_PASSWORD,
    heap: options.heap ?? '2g',
    pagecache: options.pagecache ?? '1g',
    jvmOptions: options.jvmOptions ?? [],
    cacheDir: options.cacheDir,
    watchPid: options.watchPid,
    launcherDir: options.launcherDir ?? join(REPO_ROOT, 'graph', 'launcher'),
    startTimeoutMs: options.startTimeoutMs ?? 180_000,
    stopTimeoutMs: options.stopTimeoutMs ?? 60_000,
    log: options.log ?? (() => undefined),
  };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}
