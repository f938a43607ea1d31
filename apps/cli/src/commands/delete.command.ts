import { deleteDocuments } from '@policy-graph/graph';
import { CommandRunner, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

export const deleteCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { positionals } = parseCommandArgs(args, {}, true);
    if (!positionals.length) throw new UsageError('give the ids of the documents to delete');
    const bad = positionals.filter((id) => !/^[0-9a-f]{64}$/.test(id));
    if (bad.length) throw new UsageError(`not a document id (64 hexadecimal characters): ${bad.join(', ')}`);
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      const { deleted, missing } = await deleteDocuments(executor, positionals);
      ctx.err(`kg delete: ${deleted.length} documents deleted${missing.length ? `; not in the graph: ${missing.join(', ')}` : ''}`);
      return missing.length ? 1 : 0;
    } finally {
      await executor.close();
    }
  },
};
