import { existsSync } from 'node:fs';
import { boltAnswers } from './bolt-probe';
import { isLauncherProcess, readPid, readReadyPort, readyFileOf } from './instance-files';
import { boltUri, LocalNeo4jOptions, resolveOptions } from './options';

export type LocalNeo4jStatus =
  | { state: 'stopped'; home: string }
  | { state: 'stale'; home: string; pid: number }
  | { state: 'starting'; home: string; pid: number; uri?: undefined }
  | { state: 'running'; home: string; pid: number; uri: string };

/** What runs in `home`: nothing, a stale pid file, a JVM still starting, or a Neo4j answering on Bolt. */
export async function localNeo4jStatus(input: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const { home } = resolveOptions(input);
  const pid = readPid(home);
  if (pid === undefined) return { state: 'stopped', home };
  if (!isLauncherProcess(pid)) return { state: 'stale', home, pid };
  const port = readReadyPort(home);
  if (port !== undefined && existsSync(readyFileOf(home)) && (await boltAnswers(port))) {
    return { state: 'running', home, pid, uri: boltUri(port) };
  }
  return { state: 'starting', home, pid };
}
