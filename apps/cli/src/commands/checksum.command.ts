import { graphChecksum } from '@policy-graph/graph';
import { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

export const checksumCommand: Command = {
  name: 'checksum',
  summary: 'node and relationship counts and a content checksum of the graph (ids and order do not count)',
  usage: '  kg checksum [--json]',
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
