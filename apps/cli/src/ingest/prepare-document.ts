import type { Extraction } from '@policy-graph/model';
import { ExtractionSchema } from '@policy-graph/model';
import { Gazetteer, IngestItem, buildDocumentRows } from '@policy-graph/graph';
import { sourceHints } from './source-layout';

export type ExtractFn = (bytes: Uint8Array, fileName: string, meta?: Record<string, unknown>) => Promise<Extraction>;

export interface PrepareRequest {
  file: string;
  sourceKey: string;
  bytes: Uint8Array;
}

// Extraction, contract check and row building for one document: never throws, a failure is an item.
export async function prepareDocument(request: PrepareRequest, extract: ExtractFn, gazetteer: Gazetteer): Promise<IngestItem> {
  const file = request.sourceKey;
  try {
    const extraction = await extract(request.bytes, request.sourceKey, { sourceKey: request.sourceKey, path: request.file });
    const parsed = ExtractionSchema.safeParse(extraction);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
      return { file, kind: 'failed', reason: `extraction breaks the contract (${issues.join('; ')})` };
    }
    const hints = sourceHints(request.sourceKey);
    const x = hints.year ? { ...parsed.data, document: { ...parsed.data.document, year: hints.year } } : parsed.data;
    return { file, kind: 'rows', rows: buildDocumentRows(x, { sourceKey: request.sourceKey, gazetteer, subject: hints.subject }) };
  } catch (error) {
    return { file, kind: 'failed', reason: `extraction failed: ${(error as Error).message}` };
  }
}
