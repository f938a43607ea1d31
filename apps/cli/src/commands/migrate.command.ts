import { migrate } from '@policy-graph/graph';
import { join } from 'node:path';
import { CommandRunner } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

export const migrateCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { dir: { type: 'string' } });
    const { neo4j } = ctx.config();
    const executor = await connectGraph(neo4j);
    try {
      const result = await migrate(executor, { dir: values.dir ?? join(ctx.repoRoot, 'graph', 'schema') });
      result.applied.forEach((file) => ctx.out(`applied   ${file}`));
      result.unchanged.forEach((file) => ctx.out(`unchanged ${file}`));
      ctx.err(`schema up to date at ${neo4j.uri} (${result.applied.length} applied)`);
    } finally {
      await executor.close();
    }
  },
};
