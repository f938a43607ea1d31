import { buildDocumentRows, writeDocument, type Gazetteer, type WriteTransactionRunner } from '@policy-graph/graph';
import { ExtractionSchema, type Extraction } from '@policy-graph/model';
import { apiError } from '../common/errors';
import { ExtractionBusyError } from '../extraction/extraction-pool';
import { mapGraphError } from '../neo4j/driver-errors';
import type { IngestResult } from './ingest.model';
import type { DocumentMetadata, Ingester } from './ingest.service';

export type ExtractFn = (bytes: Uint8Array, fileName: string, meta: { source?: string | null; publisher?: string | null; date?: string | null }) => Promise<Extraction>;

export interface PipelineDeps {
  extract: ExtractFn;
  gazetteer: Gazetteer;
  writer: WriteTransactionRunner;
}

// Metadata the caller gives wins over what the extractor read from the text.
function withMetadata(x: Extraction, meta: DocumentMetadata): Extraction {
  const document = { ...x.document };
  if (meta.title) document.title = meta.title;
  if (meta.date) document.date = meta.date;
  if (meta.year) document.year = meta.year;
  return { ...x, document };
}

// The database's wording stays in the log; the caller learns whether to retry.
function writeFailure(error: unknown, fileName: string) {
  const mapped = mapGraphError(error);
  if (mapped.extensions.code === 'DATABASE_UNAVAILABLE') return mapped;
  return apiError('INGEST_FAILED', `${fileName} could not be written (${String(mapped.extensions.neo4jCode ?? 'database error')}); nothing was written. Try again.`);
}

// The CLI's pipeline for one document: extract, check the contract, build rows, write in one transaction.
export function createIngester(deps: PipelineDeps): Ingester {
  return async (bytes, fileName, meta): Promise<IngestResult> => {
    const extraction = await deps.extract(bytes, fileName, meta).catch((error: Error) => {
      if (error instanceof ExtractionBusyError) throw apiError('TOO_MANY_REQUESTS', `${fileName} was not read: ${error.message} (ingestion jobs hold them). Try again, or upload it as a job (POST /uploads).`);
      throw apiError('BAD_USER_INPUT', `Could not read ${fileName}: ${error.message}`);
    });
    const parsed = ExtractionSchema.safeParse(withMetadata(extraction, meta));
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw apiError('INGEST_FAILED', `The extraction of ${fileName} breaks the contract (${issues}); nothing was written.`);
    }
    const x = parsed.data;
    const rows = buildDocumentRows(x, { sourceKey: meta.sourceKey ?? `upload:${fileName}`, gazetteer: deps.gazetteer });
    const written = await writeDocument(deps.writer, rows).catch((error: unknown) => {
      throw writeFailure(error, fileName);
    });
    const subject = x.subject.street ?? x.subject.district ?? x.subject.city ?? x.subject.province;
    return {
      documentId: x.document.sha256,
      status: written.status === 'new' ? 'created' : written.status,
      title: x.document.title,
      year: x.document.year,
      subject,
      counts: { slogans: x.slogans.length, projects: x.projects.length, outcomes: x.outcomes.length, relations: x.relations.length },
    };
  };
}
