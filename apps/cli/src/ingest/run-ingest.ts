import { IngestProgress, IngestSummary, Neo4jExecutor, TxWork, ingestDocuments, loadGazetteer } from '@policy-graph/graph';
import { collectFiles } from './collect-files';
import { Preparer, WorkerPreparer } from './extraction-pool';
import { FileStates } from './file-states';
import { InlinePreparer } from './inline-preparer';
import { progressReporter } from './ingest-progress';
import { preparedItems } from './prepared-items';
import type { ExtractFn } from './prepare-document';

export interface RunIngestOptions {
  paths: string[];
  executor: Neo4jExecutor;
  // extraction threads; 0 extracts on the main thread with `extract`
  workers: number;
  workerModule?: string;
  // a pool the caller owns and closes (the API's, or a test's); otherwise one is made for this run
  preparer?: Preparer;
  extract?: ExtractFn;
  // documents extracted ahead of the one being written
  ahead?: number;
  progress: NodeJS.WriteStream;
  progressEvery?: number;
}

export async function knownDocumentIds(executor: Neo4jExecutor): Promise<Set<string>> {
  const rows = await executor.read<{ id: string }>('MATCH (d:Document) RETURN d.id AS id');
  return new Set(rows.map((r) => r.id));
}

function makePreparer(options: RunIngestOptions): Preparer {
  if (options.workers > 0) return new WorkerPreparer(options.workerModule ?? require.resolve('./extract-worker'), options.workers);
  if (!options.extract) throw new Error('inline extraction needs an extract function');
  return new InlinePreparer(options.extract, loadGazetteer());
}

export async function runIngest(options: RunIngestOptions): Promise<IngestSummary> {
  const files = collectFiles(options.paths);
  const known = await knownDocumentIds(options.executor);
  const preparer = options.preparer ?? makePreparer(options);
  const states = new FileStates(files.length);
  const reporter = progressReporter(files.length, states, options.progress, options.progressEvery);
  const runner = { executeWrite: <T>(work: TxWork<T>) => options.executor.executeWrite(work, { metadata: { job: 'ingest' } }) };
  let failed = 0;
  const written = (p: IngestProgress) => {
    states.set(p.done - 1, p.summary.failed.length > failed ? 'failed' : 'done');
    failed = p.summary.failed.length;
    reporter.update(p);
  };
  try {
    const items = preparedItems(files, known, preparer, options.ahead ?? 2 + 2 * options.workers, states);
    return await ingestDocuments(items, runner, { onDocument: written });
  } finally {
    reporter.stop();
    if (!options.preparer) await preparer.close();
  }
}
