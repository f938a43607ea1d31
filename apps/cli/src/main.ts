import { loadConfig, type Config } from '@policy-graph/config';
import { repoRoot } from '@policy-graph/model';
import { CommandContext, UsageError } from './command';
import { commands } from './commands';

const REPO_ROOT = repoRoot(__dirname);

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [name = 'help', ...args] = argv;
  const command = commands.find((candidate) => candidate.name === name);
  const ctx = createContext(env);
  if (!command) {
    ctx.err(`kg: unknown command "${name}"; run "kg help" for the list`);
    return 2;
  }
  try {
    return (await command.run(args, ctx)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`kg ${name}: ${error.message}\nusage:\n${command.usage}`);
      return 2;
    }
    ctx.err(`kg ${name}: ${describe(error)}`);
    return 1;
  }
}

function createContext(env: Record<string, string | undefined>): CommandContext {
  let config: Config | undefined;
  return {
    repoRoot: REPO_ROOT,
    env,
    config: () => (config ??= loadConfig(env)),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `[${code}] ${error.message}` : error.message;
}
