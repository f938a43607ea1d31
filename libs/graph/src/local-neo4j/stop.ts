import { setTimeout as sleep } from 'node:timers/promises';
import { GraphError } from '../errors/graph-error';
import { isAlive, removeRunFiles } from './instance-files';
import { LocalNeo4jOptions, resolveOptions } from './options';
import { localNeo4jStatus } from './status';

export interface StopResult {
  home: string;
  /** Pid that was stopped; undefined when nothing ran. */
  pid?: number;
  wasRunning: boolean;
}

/** Stops the Neo4j of `home` cleanly (SIGTERM runs the launcher's shutdown hook). Harmless when stopped. */
export async function stopLocalNeo4j(input: LocalNeo4jOptions): Promise<StopResult> {
  const options = resolveOptions(input);
  const status = await localNeo4jStatus(options);
  if (status.state === 'stopped' || status.state === 'stale') {
    removeRunFiles(options.home);
    return { home: options.home, wasRunning: false };
  }
  process.kill(status.pid, 'SIGTERM');
  if (!(await waitForExit(status.pid, options.stopTimeoutMs))) {
    process.kill(status.pid, 'SIGKILL');
    if (!(await waitForExit(status.pid, 5_000))) {
      throw new GraphError('STOP_FAILED', `Neo4j (pid ${status.pid}) in ${options.home} did not stop`);
    }
  }
  removeRunFiles(options.home);
  return { home: options.home, pid: status.pid, wasRunning: true };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}
