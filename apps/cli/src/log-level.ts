import { LOG_LEVELS, type LogLevel } from '@policy-graph/config';

const isLevel = (value: string | undefined): value is LogLevel => LOG_LEVELS.some((level) => level === value);

/**
 * `--log-level LEVEL` (or `--log-level=LEVEL`) anywhere on the command line, before or after the
 * command's name: the level, and the arguments without it. A bad level throws, naming the good ones.
 */
export function takeLogLevel(argv: readonly string[]): { level?: LogLevel; args: string[] } {
  const args = [...argv];
  const at = args.findIndex((arg) => arg === '--log-level' || arg.startsWith('--log-level='));
  if (at < 0) return { args };
  const [flag] = args.splice(at, 1);
  const value = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : args.splice(at, 1)[0];
  if (!isLevel(value)) throw new Error(`--log-level expects one of ${LOG_LEVELS.join(', ')}, got "${value ?? ''}"`);
  return { level: value, args };
}

/** Whether a logger at `level` writes events of level `event` (without creating one). */
export function logs(level: LogLevel, event: Exclude<LogLevel, 'silent'>): boolean {
  return level !== 'silent' && LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(event);
}
