import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { applyCorrections, correctionsInForce } from '../corrections/apply-corrections';
import { readCorrectionLog } from '../corrections/correction-log';
import { batchParams, independentGroups } from './batch-rows';
import { toCypherValues } from './cypher-values';
import type { DocumentRows } from './document-rows.types';
import { WriteStatus, WriteTransactionRunner, writeLocked } from './document-writer';
import { LOCK_SOURCE, UNLOCK_SOURCE } from './remove.cypher';
import { withPages } from './row-pages';
import {
  BATCH_ADOPTS,
  BATCH_DOCUMENTS,
  BATCH_FULFILS,
  BATCH_OUTCOMES,
  BATCH_PARTS,
  BATCH_PLACES,
  BATCH_PROJECTS,
  BATCH_RUNS,
  BATCH_SLOGANS,
  FIND_BATCH_VERSIONS,
} from './write-batch.cypher';
import { WriteCounts, addCounts, countsOf, emptyCounts } from './write-counts';

export interface BatchWriteResult {
  /** each document's status, in the order given */
  statuses: WriteStatus[];
  counts: WriteCounts;
}

type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

/**
 * Writes several documents in one transaction: all of them or none. New documents go in together
 * through batched statements; one already there is left as it is; one that replaces an older
 * version of its source is written on its own, in the same transaction. Each document and each
 * source may appear once (a later version of a source belongs in a later batch).
 */
export async function writeDocuments(runner: WriteTransactionRunner, batch: DocumentRows[]): Promise<BatchWriteResult> {
  assertDistinct(batch);
  if (!batch.length) return { statuses: [], counts: emptyCounts() };
  return runner.executeWrite((tx) => writeBatchInTransaction(tx, batch));
}

function assertDistinct(batch: DocumentRows[]): void {
  const ids = new Set(batch.map((r) => r.doc.id));
  const sources = new Set(batch.map((r) => r.doc.sourceKey));
  if (ids.size !== batch.length || sources.size !== batch.length) throw new Error('a batch holds each document and each source once');
}

async function writeBatchInTransaction(tx: ManagedTransaction, batch: DocumentRows[]): Promise<BatchWriteResult> {
  const counts = emptyCounts();
  const run: Run = async (query, params) => {
    const result = await tx.run(query, toCypherValues(params) as Record<string, unknown>);
    addCounts(counts, countsOf(result));
    return result;
  };
  // sorted, so writers of overlapping batches take their locks in the same order
  const keys = [...new Set(batch.flatMap((r) => [`source:${r.doc.sourceKey}`, `document:${r.doc.id}`]))].sort();
  await tx.run(LOCK_SOURCE, { keys });
  const found = await tx.run(FIND_BATCH_VERSIONS, { docs: batch.map((r) => ({ id: r.doc.id, sourceKey: r.doc.sourceKey })) });
  const versions = new Map(found.records.map((r) => [r.get('id') as string, { exists: r.get('exists') as boolean, oldIds: r.get('oldIds') as string[] }]));
  const statuses: WriteStatus[] = batch.map((r) => {
    const v = versions.get(r.doc.id);
    return v?.exists ? 'unchanged' : v?.oldIds.length ? 'replaced' : 'new';
  });
  const fresh = batch.filter((_, i) => statuses[i] === 'new');
  if (fresh.length) {
    // the reviewers' corrections, read once in this transaction, so every document is written corrected
    const inForce = correctionsInForce(await readCorrectionLog(tx));
    const corrected = fresh.map((rows) => withPages(applyCorrections(rows, inForce)));
    for (const group of independentGroups(corrected)) await writeNew(run, group);
  }
  for (const [i, rows] of batch.entries()) if (statuses[i] === 'replaced') await writeLocked(tx, rows, {}, run, counts);
  await tx.run(UNLOCK_SOURCE, { keys });
  return { statuses, counts };
}

async function writeNew(run: Run, group: DocumentRows[]): Promise<void> {
  const p = batchParams(group);
  await run(BATCH_PLACES, { places: p.places, partOf: p.partOf });
  await run(BATCH_DOCUMENTS, { docs: p.docs });
  if (p.slogans.length) await run(BATCH_SLOGANS, { slogans: p.slogans });
  if (p.parts.length) await run(BATCH_PARTS, { parts: p.parts });
  if (p.adopts.length) await run(BATCH_ADOPTS, { adopts: p.adopts });
  if (p.projects.length) await run(BATCH_PROJECTS, { projects: p.projects });
  if (p.runs.length) await run(BATCH_RUNS, { runs: p.runs });
  if (p.outcomes.length) await run(BATCH_OUTCOMES, { outcomes: p.outcomes });
  if (p.fulfils.length) await run(BATCH_FULFILS, { fulfils: p.fulfils });
}
