import { resolve } from 'node:path';
import { testNeo4j } from '../../support/neo4j-env';
import { runKgTo } from './kg-process';

export const SEEDS_DIR = resolve(__dirname, '../../../seeds');

export interface IngestJson {
  documents: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: { file: string; reason: string }[];
  rows: number;
  counts: { nodesCreated: number; relationshipsCreated: number; nodesDeleted: number; relationshipsDeleted: number };
}

// Ingests through the real CLI (real extractor, worker thread, one transaction per document).
export async function kgIngest(paths: string[], extra: string[] = []): Promise<IngestJson> {
  const run = await runKgTo(['ingest', ...paths, '--json', ...extra], testNeo4j());
  if (run.code !== 0 && run.code !== 3) throw new Error(`kg ingest exited ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as IngestJson;
}
