import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Files the launcher keeps in its home folder (see graph/launcher/Launcher.java).
export const pidFileOf = (home: string) => join(home, 'neo4j.pid');
export const readyFileOf = (home: string) => join(home, 'ready');
export const launcherLogOf = (home: string) => join(home, 'logs', 'launcher.log');

export function readPid(home: string): number | undefined {
  const text = readIfExists(pidFileOf(home));
  const pid = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Port of the running instance, from the bolt:// URI in the ready file. */
export function readReadyPort(home: string): number | undefined {
  const match = /:(\d+)\s*$/.exec(readIfExists(readyFileOf(home)) ?? '');
  return match ? Number(match[1]) : undefined;
}

export function removeRunFiles(home: string): void {
  rmSync(pidFileOf(home), { force: true });
  rmSync(readyFileOf(home), { force: true });
}

/** True when `pid` is alive and is the launcher (run.sh or its JVM); a reused pid of another program is not. */
export function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = readIfExists(`/proc/${pid}/cmdline`);
  return cmdline === undefined || /launcher/i.test(cmdline);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function tailOf(file: string, lines = 30): string {
  const text = readIfExists(file) ?? '';
  return text.split('\n').slice(-lines).join('\n').trim();
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
