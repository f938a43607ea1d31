import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { IngestItem } from '@policy-graph/graph';

export interface PrepareRequest {
  file: string;
  sourceKey: string;
  bytes: Uint8Array;
}

export interface ExtractionPool {
  readonly size: number;
  prepare(request: PrepareRequest): Promise<IngestItem>;
  close(): Promise<void>;
}

// The CLI's ingest pipeline (apps/cli/src/ingest), loaded by path at run time as `kg serve` loads
// the API: beside this file in the sources and in dist/node alike.
const CLI_INGEST = join(__dirname, '..', '..', '..', 'cli', 'src', 'ingest');

// One thread per core but the one the event loop needs, so requests are answered during a big job.
export function jobPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

// The extraction threads `kg ingest` uses (piscina: a dead thread fails only its own file and is replaced).
export function openExtractionPool(size = jobPoolSize()): ExtractionPool {
  const { WorkerPreparer } = require(join(CLI_INGEST, 'extraction-pool')) as {
    WorkerPreparer: new (workerModule: string, size: number) => ExtractionPool;
  };
  return new WorkerPreparer(require.resolve(join(CLI_INGEST, 'extract-worker')), size);
}
