import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { applyCorrections, correctionsInForce } from '../corrections/apply-corrections';
import { readCorrectionLog } from '../corrections/correction-log';
import { toCypherValues } from './cypher-values';
import { DERIVE_ADOPTS, DERIVE_PROJECTS, DERIVE_SLOGANS } from './derive.cypher';
import type { DocumentRows } from './document-rows';
import { isGraphError } from '../errors/graph-error';
import { FIND_VERSIONS, LOCK_SOURCE, REMOVE_VERSION, UNLOCK_SOURCE } from './remove.cypher';
import { withPages } from './row-pages';
import { WRITE_DOCUMENT, WRITE_OUTCOMES, WRITE_PLACES, WRITE_PROJECTS, WRITE_SLOGANS } from './write.cypher';
import { WriteCounts, addCounts, countsOf, emptyCounts } from './write-counts';
import { pairTargetResults } from './target-results';

export type WriteStatus = 'new' | 'unchanged' | 'replaced';

export interface WriteResult {
  status: WriteStatus;
  counts: WriteCounts;
}

// What the writer needs: one managed write transaction, retried by the driver on transient errors.
export interface WriteTransactionRunner {
  executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

interface Touched {
  places: Set<string>;
  slogans: Set<string>;
  projects: Set<string>;
}

export interface WriteOptions {
  /** write the document again even when this very version is in the graph (re-extraction) */
  rewrite?: boolean;
}

// Writes one document in one transaction: a handful of batched statements, whole or not at all.
// A concurrent writer of the same document that got in first (a store without V0008's lock) makes
// this one fail on the id constraint; written again, it finds that document and is "unchanged".
export async function writeDocument(runner: WriteTransactionRunner, rows: DocumentRows, options: WriteOptions = {}): Promise<WriteResult> {
  try {
    return await runner.executeWrite((tx) => writeInTransaction(tx, rows, options));
  } catch (error) {
    if (!isGraphError(error, 'CONSTRAINT_VIOLATION')) throw error;
    return runner.executeWrite((tx) => writeInTransaction(tx, rows, options));
  }
}

async function writeInTransaction(tx: ManagedTransaction, extracted: DocumentRows, options: WriteOptions): Promise<WriteResult> {
  const docId = extracted.doc.id;
  const counts = emptyCounts();
  const run = async (query: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const result = await tx.run(query, toCypherValues(params) as Record<string, unknown>);
    addCounts(counts, countsOf(result));
    return result;
  };
  // sorted, so two writers always take the two locks in the same order
  const keys = [...new Set([`source:${extracted.doc.sourceKey}`, `document:${docId}`])].sort();
  await tx.run(LOCK_SOURCE, { keys });
  const result = await writeLocked(tx, extracted, options, run, counts);
  if (result.status !== 'unchanged') await pairTargetResults(tx, run, [docId]);
  await tx.run(UNLOCK_SOURCE, { keys });
  return result;
}

/**
 * One document's write once its source and id are locked, in a transaction that may write others too;
 * its targets and results are paired by the transaction (pairTargetResults) once all are written.
 */
export async function writeLocked(
  tx: ManagedTransaction,
  extracted: DocumentRows,
  options: WriteOptions,
  run: (query: string, params: Record<string, unknown>) => Promise<QueryResult>,
  counts: WriteCounts,
): Promise<WriteResult> {
  const docId = extracted.doc.id;
  const found = await run(FIND_VERSIONS, { docId, sourceKey: extracted.doc.sourceKey });
  const exists = found.records[0].get('exists') as boolean;
  if (exists && !options.rewrite) return { status: 'unchanged', counts };
  // the reviewers' corrections, read in this transaction, so the document is written corrected
  const rows = withPages(applyCorrections(extracted, correctionsInForce(await readCorrectionLog(tx))));
  const oldIds = exists ? [docId] : (found.records[0].get('oldIds') as string[]);
  const touched: Touched = { places: new Set(), slogans: new Set(), projects: new Set() };
  for (const oldId of oldIds) collectTouched(touched, await run(REMOVE_VERSION, { oldId }));
  const year = rows.doc.year;
  await run(WRITE_PLACES, { places: rows.places, partOf: rows.partOf });
  await run(WRITE_DOCUMENT, { doc: rows.doc, subjectId: rows.subjectId, placeMentions: rows.placeMentions });
  await run(WRITE_SLOGANS, { docId, year, subjectId: rows.subjectId, slogans: rows.slogans, parts: rows.parts });
  await run(WRITE_PROJECTS, { docId, year, bodyId: rows.subjectId, projects: rows.projects });
  await run(WRITE_OUTCOMES, { docId, outcomes: rows.outcomes, fulfils: rows.fulfils });
  if (oldIds.length) await deriveAfterRemoval(run, touched);
  return { status: oldIds.length ? 'replaced' : 'new', counts };
}

/**
 * Removes documents and everything only they support (their facts, entities no other document
 * mentions, derived edges recomputed) in one transaction. When an id is not in the graph, nothing
 * is deleted and the missing ids are returned.
 */
export async function deleteDocuments(runner: WriteTransactionRunner, ids: string[]): Promise<{ deleted: string[]; missing: string[] }> {
  return runner.executeWrite(async (tx) => {
    const run = (query: string, params: Record<string, unknown>) => tx.run(query, toCypherValues(params) as Record<string, unknown>);
    const found = await run('MATCH (d:Document) WHERE d.id IN $ids RETURN collect(d.id) AS ids', { ids });
    const present = new Set(found.records[0].get('ids') as string[]);
    const missing = ids.filter((id) => !present.has(id));
    // all or nothing: an id that is not there deletes nothing
    if (missing.length) return { deleted: [], missing };
    const touched: Touched = { places: new Set(), slogans: new Set(), projects: new Set() };
    for (const id of present) collectTouched(touched, await run(REMOVE_VERSION, { oldId: id }));
    await deriveAfterRemoval(run, touched);
    return { deleted: [...present], missing };
  });
}

// Only a removed version can shrink derived values; new documents fold theirs in as they are written.
async function deriveAfterRemoval(run: (q: string, p: Record<string, unknown>) => Promise<QueryResult>, touched: Touched): Promise<void> {
  const sloganIds = [...touched.slogans];
  await run(DERIVE_ADOPTS, { placeIds: [...touched.places], sloganIds });
  await run(DERIVE_SLOGANS, { sloganIds });
  await run(DERIVE_PROJECTS, { projectIds: [...touched.projects] });
}

function collectTouched(touched: Touched, result: QueryResult): void {
  for (const record of result.records) {
    (record.get('places') as string[]).forEach((id) => touched.places.add(id));
    (record.get('slogans') as string[]).forEach((id) => touched.slogans.add(id));
    (record.get('projects') as string[]).forEach((id) => touched.projects.add(id));
  }
}
