import { Neo4jError } from 'neo4j-driver';
import { isGraphError } from '../errors/graph-error';
import type { DocumentRows } from './document-rows';
import { WriteTransactionRunner, writeDocument } from './document-writer';
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

export async function ingestDocuments(items: AsyncIterable<IngestItem>, runner: WriteTransactionRunner, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const started = Date.now();
  for await (const item of items) {
    await ingestOne(item, runner, summary);
    summary.seconds = (Date.now() - started) / 1000;
    options.onDocument?.({ done: summary.documents + summary.failed.length, file: item.file, summary });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
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
