import { extractText, extractorVersion } from '@policy-graph/extract';
import { loadGazetteer, reextractDocuments } from '@policy-graph/graph';
import { CommandRunner } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = { all: { type: 'boolean' }, changed: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } as const;

export const reextractCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      const version = extractorVersion();
      const dryRun = values['dry-run'] ?? false;
      const { considered, changed } = await reextractDocuments(executor, loadGazetteer(), extractText, version, { all: values.all, dryRun, ids: positionals });
      if (dryRun) for (const doc of changed) ctx.out([`${doc.sourceKey} (${doc.id.slice(0, 12)})`, ...doc.changes.map((c) => `  ${c}`)].join('\n'));
      ctx.err(
        dryRun
          ? `kg reextract: ${changed.length} of ${considered} documents would change (extractor ${version}); nothing written`
          : `kg reextract: ${changed.length} documents extracted again with extractor ${version}`,
      );
    } finally {
      await executor.close();
    }
  },
};
