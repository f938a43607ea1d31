import { createHash } from 'node:crypto';
import { extractText } from '@policy-graph/extract';
import { readDocument } from '@policy-graph/text';
import type { ExtractFn } from './prepare-document';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

// The extractor ingestion uses: the file read once (OCR and conversions included), then its text
// extracted, with the pages that were OCRed kept for the Document. The relative path is the file
// name, so it sees folder and year.
export const extract: ExtractFn = async (bytes, fileName, meta) => {
  const doc = await readDocument(bytes, fileName);
  const x = extractText(doc.text, {
    file: fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    title: doc.title,
    source: text(meta?.source) ?? doc.source,
    publisher: text(meta?.publisher) ?? doc.publisher,
    date: text(meta?.date) ?? doc.date,
    format: doc.format,
  });
  return doc.ocrPages.length ? { ...x, document: { ...x.document, ocrPages: doc.ocrPages } } : x;
};
