import { migrate } from '@policy-graph/graph';
import { join } from 'node:path';
import { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'apply graph/schema/V*.cypher to the Neo4j at NEO4J_URI (idempotent)',
  usage: '  kg migrate [--dir DIR]   DIR defaults to graph/schema',
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
