import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { extractText } from '@policy-graph/extract';
import { correctionLog, documentsTouchedBy, importCorrections, loadGazetteer, orphanedCorrections, recordCorrection, reviewedDocuments, rewriteDocuments, type Neo4jExecutor } from '@policy-graph/graph';
import { goldOfReview } from '../eval/gold-from-review';
import { CommandRunner, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = {
  kind: { type: 'string' },
  project: { type: 'string' },
  slogan: { type: 'string' },
  from: { type: 'string' },
  into: { type: 'string' },
  correction: { type: 'string' },
  entity: { type: 'string' },
  name: { type: 'string' },
  to: { type: 'string' },
  alias: { type: 'string' },
  a: { type: 'string' },
  b: { type: 'string' },
  programme: { type: 'string' },
  part: { type: 'string' },
  document: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  body: { type: 'string' },
  outcome: { type: 'string' },
  status: { type: 'string' },
  value: { type: 'string' },
  subject: { type: 'string' },
  year: { type: 'string' },
  title: { type: 'string' },
  variant: { type: 'string' },
  of: { type: 'string' },
  author: { type: 'string' },
  reason: { type: 'string' },
  orphaned: { type: 'boolean' },
  out: { type: 'string' },
} as const;

const NUMERIC = new Set(['start', 'end', 'value', 'year']);

/** The options as a correction: numbers where the schema wants numbers (a word stays a word, for its error). */
function correctionOf(values: Record<string, string | boolean | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    out[key] = NUMERIC.has(key) && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return out;
}

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

/** A file stem for a document: its source's file name and the start of its id. */
const stemOf = (sourceKey: string, id: string) => `${path.basename(sourceKey).replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60)}-${id.slice(0, 12)}`;

async function writeGold(executor: Neo4jExecutor, dir: string): Promise<number> {
  const { decisions, documents } = await reviewedDocuments(executor, await correctionLog(executor));
  await mkdir(dir, { recursive: true });
  for (const doc of documents) {
    const stem = stemOf(doc.sourceKey, doc.id);
    await writeFile(path.join(dir, `${stem}.txt`), doc.text);
    await writeFile(path.join(dir, `${stem}.gold.json`), JSON.stringify(goldOfReview(doc, decisions, `${stem}.txt`), null, 2) + '\n');
  }
  return documents.length;
}

export const correctionsCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    const [action, file] = positionals;
    if (!['add', 'list', 'export', 'import', 'gold'].includes(action ?? '')) throw new UsageError('say add, list, export FILE, import FILE or gold --out DIR');
    if (action === 'gold' && !values.out) throw new UsageError('gold needs --out DIR');
    if ((action === 'export' || action === 'import') && !file) throw new UsageError(`${action} needs a FILE`);
    const lines = action === 'import' ? parseLines(await readFile(file, 'utf8').catch(() => Promise.reject(new UsageError(`${file}: cannot be read`))), file) : [];
    const executor = await connectGraph(ctx.config().neo4j);
    try {
      if (action === 'add') {
        const recorded = await recordCorrection(executor, correctionOf(values));
        // the documents it changes are written again now, so the graph shows it at once
        const rewritten = await rewriteDocuments(executor, await documentsTouchedBy(executor, recorded), loadGazetteer(), extractText);
        ctx.out(JSON.stringify(recorded));
        ctx.err(`kg corrections: recorded ${recorded.id}; ${rewritten} documents written again`);
      } else if (action === 'gold') {
        const written = await writeGold(executor, values.out as string);
        ctx.err(`kg corrections: ${written} reviewed documents written to ${values.out} as gold files (kg eval --gold ${values.out})`);
      } else if (action === 'import') {
        const { added, known } = await importCorrections(executor, lines);
        const touched = new Set<string>();
        for (const c of await correctionLog(executor)) for (const id of await documentsTouchedBy(executor, c)) touched.add(id);
        const rewritten = added ? await rewriteDocuments(executor, [...touched], loadGazetteer(), extractText) : 0;
        ctx.err(`kg corrections: ${added} added, ${known} already here; ${rewritten} documents written again`);
      } else {
        let log = await correctionLog(executor);
        if (values.orphaned) {
          if (action !== 'list') throw new UsageError('--orphaned goes with list');
          const orphaned = await orphanedCorrections(executor, log);
          log = log.filter((c) => orphaned.has(c.id));
        }
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
