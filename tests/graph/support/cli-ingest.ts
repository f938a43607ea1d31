// The CLI's ingest modules, loaded by path at run time as `kg serve` loads the API: an application
// is not a library to link against, but a test may drive its pipeline with a pool of its own.
import { join, resolve } from 'node:path';
import type { IngestItem, IngestSummary, Neo4jExecutor } from '@policy-graph/graph';

export const CLI_INGEST = resolve(__dirname, '../../../apps/cli/src/ingest');

export interface PrepareRequest {
  file: string;
  sourceKey: string;
  bytes: Uint8Array;
}

export interface ExtractionPool {
  readonly threads: number;
  prepare(request: PrepareRequest): Promise<IngestItem>;
  close(): Promise<void>;
}

interface CliIngest {
  collectFiles(paths: string[]): { path: string; sourceKey: string }[];
  WorkerPreparer: new (workerModule: string, size: number) => ExtractionPool;
  runIngest(options: { paths: string[]; executor: Neo4jExecutor; workers: number; preparer?: ExtractionPool; progress: NodeJS.WriteStream; progressEvery?: number }): Promise<IngestSummary>;
}

export function cliIngest(): CliIngest {
  return {
    ...(require(join(CLI_INGEST, 'collect-files')) as Pick<CliIngest, 'collectFiles'>),
    ...(require(join(CLI_INGEST, 'extraction-pool')) as Pick<CliIngest, 'WorkerPreparer'>),
    ...(require(join(CLI_INGEST, 'run-ingest')) as Pick<CliIngest, 'runIngest'>),
  };
}
