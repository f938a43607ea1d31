import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphError } from '../errors/graph-error';
import { boltAnswers } from './bolt-probe';
import { diagnoseFailure } from './diagnose-failure';
import { fetchLauncher, launcherEnv } from './launcher-scripts';
import { isAlive, launcherLogOf, pidFileOf, readPid, readReadyPort, removeRunFiles } from './instance-files';
import { boltUri, LocalNeo4jOptions, ResolvedOptions, resolveOptions } from './options';
import { isPortFree } from './port-check';
import { localNeo4jStatus } from './status';

export interface StartResult {
  uri: string;
  pid: number;
  home: string;
  alreadyRunning: boolean;
  /** Time from spawn to Bolt answering; 0 when it was already running. */
  startMs: number;
}

/** Starts Neo4j for `home` and resolves once Bolt answers. Harmless when it already runs. */
export async function startLocalNeo4j(input: LocalNeo4jOptions): Promise<StartResult> {
  const options = resolveOptions(input);
  const status = await localNeo4jStatus(options);
  if (status.state === 'running' || status.state === 'starting') {
    const uri = status.uri ?? (await waitUntilReady(options, status.pid));
    return { uri, pid: status.pid, home: options.home, alreadyRunning: true, startMs: 0 };
  }
  if (status.state === 'stale') options.log(`removed stale pid file of process ${status.pid}, which is gone`);
  removeRunFiles(options.home);
  if (!(await isPortFree(options.port))) {
    throw new GraphError(
      'PORT_IN_USE',
      `port ${options.port} on 127.0.0.1 is in use by another process; ` +
        'stop it or pick another port with --port N (and set NEO4J_URI to match)',
    );
  }
  await fetchLauncher(options);
  const started = Date.now();
  const child = spawnLauncher(options);
  const pid = child.pid ?? 0;
  // Written now so that `status` says "starting"; the launcher rewrites it once it holds the store.
  writeFileSync(pidFileOf(options.home), String(pid));
  try {
    const uri = await waitUntilReady(options, pid, child);
    return { uri, pid, home: options.home, alreadyRunning: false, startMs: Date.now() - started };
  } catch (error) {
    if (readPid(options.home) === pid) rmSync(pidFileOf(options.home), { force: true });
    throw error;
  }
}

function spawnLauncher(options: ResolvedOptions): ChildProcess {
  mkdirSync(join(options.home, 'logs'), { recursive: true });
  const log = openSync(launcherLogOf(options.home), 'a');
  try {
    const args = ['--home', options.home, '--port', String(options.port), '--pagecache', options.pagecache];
    if (options.watchPid) args.push('--watch-pid', String(options.watchPid));
    // run.sh execs java, so the child's pid is the JVM's; detached so it outlives this process.
    const child = spawn('bash', [join(options.launcherDir, 'run.sh'), ...args], {
      env: launcherEnv(options),
      detached: true,
      stdio: ['ignore', log, log],
    });
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

// Ready = the launcher wrote its ready file (password set) and Bolt answers on the port it names.
async function waitUntilReady(options: ResolvedOptions, pid: number, child?: ChildProcess): Promise<string> {
  let exitCode: number | null = null;
  child?.once('exit', (code) => (exitCode = code ?? 1));
  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== null || (!child && !isAlive(pid))) throw diagnoseFailure(options, exitCode ?? 1);
    const port = readReadyPort(options.home);
    if (port !== undefined && (await boltAnswers(port))) return boltUri(port);
    await sleep(250);
  }
  if (child) process.kill(pid, 'SIGTERM');
  throw new GraphError(
    'START_TIMEOUT',
    `Neo4j in ${options.home} did not answer on Bolt within ${options.startTimeoutMs / 1000} s; ` +
      `see ${launcherLogOf(options.home)}`,
  );
}
