import type { Config, Logger, LogLevel } from '@policy-graph/config';

/**
 * A sub-command of `bin/kg`. To add one, write `commands/<name>.command.ts` exporting its `run` (a
 * CommandRunner) and list it in `commands/index.ts` with its name, summary and usage; the module then
 * loads only when the command runs.
 *
 * - `name` is the first word after `kg`; `run` receives the words after it (parse them with
 *   `parseCommandArgs` so unknown options fail with a usage message).
 * - `run` resolves to the exit code (nothing means 0). Throw to fail: a UsageError exits with 2
 *   and prints the usage; any other error prints `kg <name>: [CODE] message` and exits with 1.
 * - Results go to `ctx.out` (stdout, for scripts), progress and notes to `ctx.err` (stderr), log
 *   events as JSON lines to `ctx.log()` (stderr, at the level of `--log-level`).
 */
export interface CommandInfo {
  name: string;
  /** One line for `kg help`. */
  summary: string;
  /** Usage lines, e.g. "kg neo4j start [--home DIR] [--port N]". */
  usage: string;
}

export interface CommandRunner {
  run(args: string[], ctx: CommandContext): Promise<number | void>;
}

export type Command = CommandInfo & CommandRunner;

export interface CommandContext {
  /** The repository root, whatever the current directory is. */
  repoRoot: string;
  /** The process environment (commands read it only through `config()` or for explicit overrides). */
  env: Record<string, string | undefined>;
  /** Validated configuration; throws ConfigError naming every bad variable. */
  config(): Config;
  out(line: string): void;
  err(line: string): void;
  /** The JSON logger on stderr (created at first use). */
  log(): Logger;
  /** The level `--log-level` asked for; unset without the flag. */
  logLevel?: LogLevel;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
