import { readFile, writeFile } from 'node:fs/promises';
import { extractText } from '@policy-graph/extract';
import { correctionLog, documentsTouchedBy, importCorrections, loadGazetteer, recordCorrection, rewriteDocuments } from '@policy-graph/graph';
import { Command, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = {
  kind: { type: 'string' },
  project: { type: 'string' },
  slogan: { type: 'string' },
  from: { type: 'string' },
  into: { type: 'string' },
  correction: { type: 'string' },
  author: { type: 'string' },
  reason: { type: 'string' },
} as const;

/** JSON lines: one correction per line, blank lines ignored; a bad line is named. */
function parseLines(text: string, file: string): unknown[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line)
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw new UsageError(`${file}:${n}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
    });
}

export const correctionsCommand: Command = {
  name: 'corrections',
  summary: 'record, list, export and import reviewers\' corrections (applied to every document as it is written)',
  usage: [
    '  kg corrections add --kind reject-fulfils --project P --slogan S --author NAME [--reason TEXT]',
    '  kg corrections add --kind reject-slogan --slogan S | --kind reject-project --project P | --kind merge-slogans --from A --into B | --kind revert --correction ID  (with --author)',
    '  kg corrections list | export FILE | import FILE   (JSON lines, one correction each)',
  ].join('\n'),
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    const [action, file] = positionals;
    if (!['add', 'list', 'export', 'import'].includes(action ?? '')) throw new UsageError('say add, list, export FILE or import FILE');
    if ((action === 'export' || action === 'import') && !file) throw new UsageError(`${action} needs a FILE`);
    const lines = action === 'import' ? parseLines(await readFile(file, 'utf8').catch(() => Promise.reject(new UsageError(`${file}: cannot be read`))), file) : [];
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      if (action === 'add') {
        const { kind, project, slogan, from, into, correction, author, reason } = values;
        const recorded = await recordCorrection(executor, { kind, project, slogan, from, into, correction, author, reason });
        // the documents it changes are written again now, so the graph shows it at once
        const rewritten = await rewriteDocuments(executor, await documentsTouchedBy(executor, recorded), loadGazetteer(), extractText);
        ctx.out(JSON.stringify(recorded));
        ctx.err(`kg corrections: recorded ${recorded.id}; ${rewritten} documents written again`);
      } else if (action === 'import') {
        const { added, known } = await importCorrections(executor, lines);
        const touched = new Set<string>();
        for (const c of await correctionLog(executor)) for (const id of await documentsTouchedBy(executor, c)) touched.add(id);
        const rewritten = added ? await rewriteDocuments(executor, [...touched], loadGazetteer(), extractText) : 0;
        ctx.err(`kg corrections: ${added} added, ${known} already here; ${rewritten} documents written again`);
      } else {
        const log = await correctionLog(executor);
        const text = log.map((c) => JSON.stringify(c)).join('\n') + (log.length ? '\n' : '');
        if (action === 'export') {
          await writeFile(file, text);
          ctx.err(`kg corrections: ${log.length} corrections written to ${file}`);
        } else ctx.out(text.trimEnd());
      }
    } finally {
      await executor.close();
    }
  },
};
