import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '@policy-graph/graph';
import { CommandRunner, CommandContext, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { isLocalUri, localNeo4jOptions } from './neo4j-options';

const OPTIONS = {
  home: { type: 'string' },
  port: { type: 'string' },
  'if-local': { type: 'boolean' },
} as const;

type Action = (args: string[], ctx: CommandContext) => Promise<number | void>;

const start: Action = async (args, ctx) => {
  const { values } = parseCommandArgs(args, OPTIONS);
  const { uri } = ctx.config().neo4j;
  if (values['if-local'] && !isLocalUri(uri)) {
    ctx.err(`NEO4J_URI points at ${uri}: no local Neo4j needed`);
    return;
  }
  const result = await startLocalNeo4j(localNeo4jOptions(values, ctx));
  const how = result.alreadyRunning ? 'already running' : `started in ${(result.startMs / 1000).toFixed(1)} s`;
  ctx.err(`Neo4j ${how} (pid ${result.pid}, home ${result.home})`);
  ctx.out(result.uri);
};

const stop: Action = async (args, ctx) => {
  const { values } = parseCommandArgs(args, { home: OPTIONS.home });
  const result = await stopLocalNeo4j(localNeo4jOptions(values, ctx));
  ctx.err(result.wasRunning ? `Neo4j stopped (pid ${result.pid})` : `Neo4j was not running in ${result.home}`);
};

const status: Action = async (args, ctx) => {
  const { values } = parseCommandArgs(args, { home: OPTIONS.home });
  const result = await localNeo4jStatus(localNeo4jOptions(values, ctx));
  if (result.state === 'running') ctx.out(`running ${result.uri} (pid ${result.pid}, home ${result.home})`);
  else if (result.state === 'starting') ctx.out(`starting (pid ${result.pid}, home ${result.home})`);
  else ctx.out(`stopped (home ${result.home})`);
  return result.state === 'running' ? 0 : 3;
};

const ACTIONS: Record<string, Action> = { start, stop, status };

export const neo4jCommand: CommandRunner = {
  run: async (args, ctx) => {
    const [action, ...rest] = args;
    const run = action ? ACTIONS[action] : undefined;
    if (!run) throw new UsageError(action ? `unknown action "${action}"` : 'missing action');
    return run(rest, ctx);
  },
};
