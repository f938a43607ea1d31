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
  BATCH_ADOPTS_NEW,
  BATCH_DOCUMENTS,
  BATCH_FULFILS,
  BATCH_OUTCOMES,
  BATCH_PARTS,
  BATCH_PARTS_NEW,
  BATCH_PART_OF,
  BATCH_PART_OF_NEW,
  BATCH_PLACES,
  BATCH_PROJECTS,
  BATCH_RUNS,
  BATCH_RUNS_NEW,
  BATCH_SLOGANS,
  FIND_BATCH_VERSIONS,
} from './write-batch.cypher';
import { WriteCounts, addCounts, countsOf, emptyCounts } from './write-counts';
import { pairTargetResults } from './target-results';

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
  await pairTargetResults(tx, run, batch.filter((_, i) => statuses[i] !== 'unchanged').map((r) => r.doc.id));
  await tx.run(UNLOCK_SOURCE, { keys });
  return { statuses, counts };
}

// The ids of the nodes a statement created (its `created` column).
const createdBy = (result: QueryResult) => new Set((result.records[0]?.get('created') as string[] | undefined) ?? []);

// Rows of a shared relationship: those touching a node this batch made are new, the others may be there.
async function writeShared<T>(run: Run, rows: T[], isNew: (row: T) => boolean, merge: string, create: string, param: string): Promise<void> {
  const fresh = rows.filter(isNew);
  const known = rows.filter((row) => !isNew(row));
  if (fresh.length) await run(create, { [param]: fresh });
  if (known.length) await run(merge, { [param]: known });
}

async function writeNew(run: Run, group: DocumentRows[]): Promise<void> {
  const p = batchParams(group);
  const places = createdBy(await run(BATCH_PLACES, { places: p.places }));
  await writeShared(run, p.partOf, (r) => places.has(r.child) || places.has(r.parent), BATCH_PART_OF, BATCH_PART_OF_NEW, 'partOf');
  await run(BATCH_DOCUMENTS, { docs: p.docs });
  const slogans = createdBy(await run(BATCH_SLOGANS, { slogans: p.slogans }));
  const sloganIsNew = (id: unknown) => slogans.has(id as string);
  await writeShared(run, p.parts, (r) => sloganIsNew(r.whole) || sloganIsNew(r.part), BATCH_PARTS, BATCH_PARTS_NEW, 'parts');
  await writeShared(run, p.adopts, (r) => places.has(r.place as string) || sloganIsNew(r.slogan), BATCH_ADOPTS, BATCH_ADOPTS_NEW, 'adopts');
  const projects = createdBy(await run(BATCH_PROJECTS, { projects: p.projects }));
  await writeShared(run, p.runs, (r) => places.has(r.body as string) || projects.has(r.project as string), BATCH_RUNS, BATCH_RUNS_NEW, 'runs');
  if (p.outcomes.length) await run(BATCH_OUTCOMES, { outcomes: p.outcomes });
  if (p.fulfils.length) await run(BATCH_FULFILS, { fulfils: p.fulfils });
}
