import { Neo4jError } from 'neo4j-driver';
import { isGraphError } from '../errors/graph-error';
import type { DocumentRows } from './document-rows';
import { writeDocuments } from './batch-writer';
import { WriteStatus, WriteTransactionRunner, writeDocument } from './document-writer';
import { IngestSummary, emptySummary, record, rowCount } from './ingest-summary';
import { addCounts } from './write-counts';

// One document on its way to the graph: rows to write, or why it could not be read.
export type IngestItem =
  | { file: string; kind: 'rows'; rows: DocumentRows }
  | { file: string; kind: 'unchanged' }
  | { file: string; kind: 'failed'; reason: string };

export interface IngestProgress {
  done: number;
  file: string;
  summary: IngestSummary;
}

export interface IngestOptions {
  onDocument?: (progress: IngestProgress) => void;
  /** documents written together; { documents: 1, rows: 0 } writes each in its own transaction */
  batch?: BatchLimits;
}

// The database is gone, not the document bad: stop instead of failing every document after it.
const FATAL_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

function isFatal(error: unknown): boolean {
  if (isGraphError(error)) return error.code === 'NEO4J_UNAVAILABLE' || error.code === 'AUTH_FAILED';
  return error instanceof Neo4jError && FATAL_CODES.has(error.code);
}

export class IngestAborted extends Error {
  constructor(readonly summary: IngestSummary, cause: Error) {
    super(`ingestion stopped: ${cause.message}`, { cause });
  }
}

export interface BatchLimits {
  /** documents a transaction writes at most */
  documents: number;
  /** rows (ingest-summary's rowCount) after which a transaction takes no further document */
  rows: number;
}

// Several documents a transaction: fewer commits and round trips for the same rows (README, Benchmarks).
export const DEFAULT_BATCH: BatchLimits = { documents: 20, rows: 8_000 };

/**
 * Writes the documents in order, several a transaction (options.batch), each still whole or not at
 * all: a batch that fails is written again one document at a time, so one bad document fails alone.
 * The next batch is read (extracted) while one is written.
 */
export async function ingestDocuments(items: AsyncIterable<IngestItem>, runner: WriteTransactionRunner, options: IngestOptions = {}): Promise<IngestSummary> {
  const limits = options.batch ?? DEFAULT_BATCH;
  const summary = emptySummary();
  const started = Date.now();
  const report = (item: IngestItem) => {
    summary.seconds = (Date.now() - started) / 1000;
    options.onDocument?.({ done: summary.documents + summary.failed.length, file: item.file, summary });
  };
  let writing: Promise<void> = Promise.resolve();
  const flush = async (batch: Batch) => {
    await writing;
    writing = writeBatch(batch.items, runner, summary, report);
    // failures surface where it is awaited; until then it must not count as unhandled
    writing.catch(() => undefined);
  };
  let batch = new Batch();
  for await (const item of items) {
    if (batch.clashesWith(item)) {
      await flush(batch);
      batch = new Batch();
    }
    batch.add(item);
    if (batch.isFull(limits)) {
      await flush(batch);
      batch = new Batch();
    }
  }
  await flush(batch);
  await writing;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

// Documents of one transaction, with what was extracted for them; a document or source twice waits for the next.
class Batch {
  readonly items: IngestItem[] = [];
  private readonly keys = new Set<string>();
  private documents = 0;
  private rows = 0;

  clashesWith(item: IngestItem): boolean {
    return item.kind === 'rows' && (this.keys.has(`document:${item.rows.doc.id}`) || this.keys.has(`source:${item.rows.doc.sourceKey}`));
  }

  add(item: IngestItem): void {
    this.items.push(item);
    if (item.kind !== 'rows') return;
    this.keys.add(`document:${item.rows.doc.id}`).add(`source:${item.rows.doc.sourceKey}`);
    this.documents += 1;
    this.rows += rowCount(item.rows);
  }

  isFull(limits: BatchLimits): boolean {
    return this.documents >= limits.documents || this.rows >= limits.rows;
  }
}

async function writeBatch(items: IngestItem[], runner: WriteTransactionRunner, summary: IngestSummary, report: (item: IngestItem) => void): Promise<void> {
  const docs = items.flatMap((item) => (item.kind === 'rows' ? [item.rows] : []));
  let statuses: WriteStatus[] | null = null;
  if (docs.length > 1) {
    try {
      const result = await writeDocuments(runner, docs);
      statuses = result.statuses;
      addCounts(summary.counts, result.counts);
    } catch (error) {
      if (isFatal(error)) throw new IngestAborted(summary, error as Error);
      // one by one below: the documents that can be written are, each failure is its document's own
    }
  }
  let next = 0;
  for (const item of items) {
    if (item.kind === 'rows' && statuses) {
      const status = statuses[next++];
      record(summary, status);
      if (status !== 'unchanged') summary.rows += rowCount(item.rows);
    } else await ingestOne(item, runner, summary);
    report(item);
  }
}

async function ingestOne(item: IngestItem, runner: WriteTransactionRunner, summary: IngestSummary): Promise<void> {
  if (item.kind === 'unchanged') return record(summary, 'unchanged');
  if (item.kind === 'failed') return void summary.failed.push({ file: item.file, reason: item.reason });
  try {
    const result = await writeDocument(runner, item.rows);
    record(summary, result.status);
    addCounts(summary.counts, result.counts);
    if (result.status !== 'unchanged') summary.rows += rowCount(item.rows);
  } catch (error) {
    if (isFatal(error)) throw new IngestAborted(summary, error as Error);
    summary.failed.push({ file: item.file, reason: `write failed: ${(error as Error).message}` });
  }
}
