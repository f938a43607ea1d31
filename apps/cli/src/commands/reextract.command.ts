import { extractText, extractorVersion } from '@policy-graph/extract';
import {
  applyCorrections,
  correctionsInForce,
  factChanges,
  factsOfRows,
  loadGazetteer,
  readCorrectionLog,
  rowsOfStored,
  storedDocuments,
  storedFacts,
  writeDocument,
} from '@policy-graph/graph';
import { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = { all: { type: 'boolean' }, changed: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } as const;

export const reextractCommand: Command = {
  name: 'reextract',
  summary: 'extract documents in the graph again from their stored text, with the corrections in force',
  usage: [
    '  kg reextract [--changed | --all] [--dry-run] [DOC_ID…]',
    '    --changed (the default): only documents made by another extractor version; --all: every one;',
    '    --dry-run: print, per document, the facts that would be added (+) and removed (-), and write nothing',
  ].join('\n'),
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      const version = extractorVersion();
      const gazetteer = loadGazetteer();
      const docs = await executor.executeRead((tx) => storedDocuments(tx, positionals.length ? positionals : null));
      const targets = values.all ? docs : docs.filter((d) => d.extractor !== version);
      let changed = 0;
      for (const doc of targets) {
        const rows = rowsOfStored(doc, gazetteer, extractText);
        if (values['dry-run']) {
          const changes = await executor.executeRead(async (tx) => {
            const corrected = applyCorrections(rows, correctionsInForce(await readCorrectionLog(tx)));
            return factChanges(await storedFacts(tx, doc.id), factsOfRows(corrected));
          });
          if (changes.length) {
            changed++;
            ctx.out([`${doc.sourceKey} (${doc.id.slice(0, 12)})`, ...changes.map((c) => `  ${c}`)].join('\n'));
          }
        } else {
          await writeDocument(executor, rows, { rewrite: true });
          changed++;
        }
      }
      ctx.err(
        values['dry-run']
          ? `kg reextract: ${changed} of ${targets.length} documents would change (extractor ${version}); nothing written`
          : `kg reextract: ${changed} documents extracted again with extractor ${version}`,
      );
    } finally {
      await executor.close();
    }
  },
};
