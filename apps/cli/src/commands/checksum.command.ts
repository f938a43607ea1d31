import { graphChecksum } from '@policy-graph/graph';
import { CommandRunner } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

export const checksumCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      const sum = await graphChecksum(executor);
      ctx.out(values.json ? JSON.stringify(sum) : `nodes ${sum.nodes}\nrelationships ${sum.relationships}\nchecksum ${sum.checksum}`);
    } finally {
      await executor.close();
    }
  },
};
