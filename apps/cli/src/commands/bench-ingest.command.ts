import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSavedQuery, runSavedQuery } from '@policy-graph/graph';
import { graphIsEmpty, runBaseline, wipeGraph } from '../bench/bench-phases';
import { ingestInChild } from '../bench/child-ingest';
import { writeRowsFile } from '../bench/rows-file';
import { CommandRunner, UsageError } from '../command';
import { collectFiles } from '../ingest/collect-files';
import { WorkerPreparer } from '../ingest/extraction-pool';
import { preparedItems } from '../ingest/prepared-items';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = { workers: { type: 'string' }, slogan: { type: 'string' }, fresh: { type: 'boolean' } } as const;
const MB = 1024 * 1024;

export const benchIngestCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (!positionals.length) throw new UsageError('give the corpus folder(s)');
    const workers = values.workers === undefined ? 1 : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError('--workers expects a whole number ≥ 1');
    const executor = await connectGraph(ctx.config().neo4j);
    const scratch = mkdtempSync(join(tmpdir(), 'policy-graph-bench-'));
    const say = (line: string) => ctx.out(line);
    try {
      if (!values.fresh && !(await graphIsEmpty(executor))) throw new UsageError('the graph is not empty: pass --fresh to let the bench empty it');
      const files = collectFiles(positionals);
      say(`corpus: ${files.length} documents`);

      const rowsFile = join(scratch, 'rows.jsonl');
      const preparer = new WorkerPreparer(require.resolve('../ingest/extract-worker'), workers);
      const started = Date.now();
      const extracted = await writeRowsFile(preparedItems(files, new Set(), preparer, 2 + 2 * workers), rowsFile).finally(() => preparer.close());
      say(`extraction only: ${extracted.documents} documents (${extracted.failed} failed) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      await wipeGraph(executor);
      const baseline = await runBaseline(executor, rowsFile);
      say(`baseline (the same rows, bare UNWIND … CREATE into the empty graph, no extraction): ${baseline.rows} rows in ${baseline.seconds.toFixed(1)} s = ${(baseline.rows / baseline.seconds).toFixed(0)} rows/s`);
      await wipeGraph(executor);

      const { summary, seconds, peakRssBytes: peak } = await ingestInChild(ctx.repoRoot, positionals, workers, ctx.env as NodeJS.ProcessEnv);
      say(`ingestion: ${summary.new} new, ${summary.failed.length} failed, in ${seconds.toFixed(1)} s (${(seconds / 60).toFixed(1)} min)`);
      say(`  ${(summary.documents / seconds).toFixed(2)} docs/s, ${(summary.rows / seconds).toFixed(0)} facts (rows)/s, ${summary.rows} rows`);
      say(`  nodes created ${summary.counts.nodesCreated}, relationships created ${summary.counts.relationshipsCreated}`);
      say(`  peak RSS of the kg ingest process (main thread and extraction workers): ${(peak / MB).toFixed(0)} MB`);
      say(`  extraction and ingestion rows/s against the bare CREATE: ${((100 * summary.rows) / seconds / (baseline.rows / baseline.seconds)).toFixed(1)}%`);

      const slogan = values.slogan ?? '最多跑一次';
      const query = findSavedQuery(join(ctx.repoRoot, 'graph', 'queries'), 'diffusion/count-adopters-by-year');
      say(`diffusion of ${slogan} by year (year: adopters, new, provinces):`);
      for (const row of await runSavedQuery<{ year: number; adopters: number; newAdopters: number; provinces: number; provinceNames: string[] }>(executor, query, { slogan }))
        say(`  ${row.year}: ${row.adopters} adopters, ${row.newAdopters} new, ${row.provinces} provinces (${row.provinceNames.slice(0, 6).join(' ')}${row.provinces > 6 ? ' …' : ''})`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await executor.close();
    }
  },
};
