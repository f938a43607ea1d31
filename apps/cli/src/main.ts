import { createLogger, loadConfig, LOG_LEVELS, type Config, type Logger, type LogLevel } from '@policy-graph/config';
import { repoRoot } from '@policy-graph/model';
import { CommandContext, UsageError } from './command';
import { commands } from './commands';
import { logs, takeLogLevel } from './log-level';

const REPO_ROOT = repoRoot(__dirname);

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let taken: ReturnType<typeof takeLogLevel>;
  try {
    taken = takeLogLevel(argv);
  } catch (error) {
    process.stderr.write(`kg: ${(error as Error).message}\n`);
    return 2;
  }
  const [name = 'help', ...args] = taken.args;
  const command = commands.find((candidate) => candidate.name === name);
  const level = taken.level ?? LOG_LEVELS.find((known) => known === env.LOG_LEVEL) ?? CLI_DEFAULT_LEVEL;
  const ctx = createContext(env, name, level, taken.level);
  if (!command) {
    ctx.err(`kg: unknown command "${name}"; run "kg help" for the list`);
    return 2;
  }
  const started = Date.now();
  try {
    const code = (await command.run(args, ctx)) ?? 0;
    if (logs(level, 'info')) ctx.log().info({ exitCode: code, durationMs: Date.now() - started }, 'command finished');
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`kg ${name}: ${error.message}\nusage:\n${command.usage}`);
      return 2;
    }
    ctx.err(`kg ${name}: ${describe(error)}`);
    ctx.log().error({ exitCode: 1, durationMs: Date.now() - started, code: codeOf(error), error: messageOf(error) }, 'command failed');
    return 1;
  }
}

// Commands log warnings and errors unless LOG_LEVEL or --log-level ask for more.
const CLI_DEFAULT_LEVEL: LogLevel = 'warn';

function createContext(env: Record<string, string | undefined>, command: string, level: LogLevel, flagLevel: LogLevel | undefined): CommandContext {
  let config: Config | undefined;
  let log: Logger | undefined;
  return {
    repoRoot: REPO_ROOT,
    env,
    config: () => (config ??= loadConfig(env)),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    log: () => (log ??= createLogger({ level, name: 'kg' }).child({ command })),
    logLevel: flagLevel,
  };
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `[${code}] ${error.message}` : error.message;
}
