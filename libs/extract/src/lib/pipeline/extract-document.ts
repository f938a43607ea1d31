import { createHash } from 'node:crypto';
import type { Extraction } from '@policy-graph/model';
import { readDocument } from '@policy-graph/text';
import { extractText } from './extract-text';

export interface DocumentMeta {
  source?: string | null;
  publisher?: string | null;
  date?: string | null;
}

/** Bytes of one file in (any supported format and encoding), one extraction out; read errors name the file. */
export async function extractDocument(bytes: Uint8Array, fileName: string, meta: DocumentMeta = {}): Promise<Extraction> {
  const doc = await readDocument(bytes, fileName);
  return extractText(doc.text, {
    file: fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    title: doc.title,
    source: meta.source ?? doc.source,
    publisher: meta.publisher ?? doc.publisher,
    date: meta.date ?? doc.date,
    format: doc.format,
  });
}
