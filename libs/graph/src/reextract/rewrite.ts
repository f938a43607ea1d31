import type { Extraction, Subject } from '@policy-graph/model';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Gazetteer } from '../gazetteer-load/gazetteer';
import { buildDocumentRows } from '../ingest/document-rows';
import type { DocumentRows } from '../ingest/document-rows.types';
import { writeDocument, type WriteTransactionRunner } from '../ingest/document-writer';
import { storedDocuments, type StoredDocument } from './stored-documents';

// Writing documents again from the text the graph keeps: after a rule change (kg reextract) or a
// correction (so it takes effect at once, and a revert gives back exactly what was there).

export interface StoredMeta {
  file: string;
  sha256: string;
  title: string | null;
  source: string | null;
  publisher: string | null;
  date: string | null;
  format?: string;
}

/** The extractor, handed in by the caller: the graph layer does not depend on it. */
export type ExtractStored = (text: string, meta: StoredMeta) => Extraction;

export interface ReadWriteRunner extends WriteTransactionRunner {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export function rowsOfStored(doc: StoredDocument, gazetteer: Gazetteer, extract: ExtractStored): DocumentRows {
  const extracted = extract(doc.text, { file: doc.file, sha256: doc.id, title: doc.sourceTitle == null ? doc.title : doc.sourceTitle || null, source: doc.source, publisher: doc.publisher, date: doc.date, format: doc.format ?? undefined });
  const x = doc.ocrPages?.length ? { ...extracted, document: { ...extracted.document, ocrPages: doc.ocrPages } } : extracted;
  const subject = doc.subjectHint ? (JSON.parse(doc.subjectHint) as Subject | 'country') : undefined;
  return buildDocumentRows(x, { sourceKey: doc.sourceKey, gazetteer, subject });
}

/** Writes the given documents again, one transaction each; returns how many there were. */
export async function rewriteDocuments(runner: ReadWriteRunner, ids: string[], gazetteer: Gazetteer, extract: ExtractStored): Promise<number> {
  if (!ids.length) return 0;
  const docs = await runner.executeRead((tx) => storedDocuments(tx, ids));
  for (const doc of docs) await writeDocument(runner, rowsOfStored(doc, gazetteer, extract), { rewrite: true });
  return docs.length;
}
