import { decodeText, type TextEncoding } from './decode-text';
import { binaryFormat, looksLikeHtml, textFormat, type DocumentFormat } from './document-format';
import { readDocx } from './docx-reader';
import { splitFrontMatter, stringField } from './front-matter';
import { declaredCharset, readHtml } from './html-reader';
import { metadataFromLines, normaliseDate } from './metadata-lines';
import { readPdf } from './pdf-reader';
import { ReadError } from './read-error';

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  encoding: string | null;
  title: string | null;
  source: string | null;
  date: string | null;
  publisher: string | null;
}

type Metadata = Pick<ReadDocument, 'title' | 'source' | 'date' | 'publisher'>;

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312']);

function charsetToEncoding(charset: string | null): TextEncoding | null {
  if (!charset) return null;
  if (GB_LABELS.has(charset)) return 'gb18030';
  if (charset === 'utf-8' || charset === 'utf8') return 'utf-8';
  if (charset === 'big5' || charset === 'big5-hkscs') return 'big5';
  return null;
}

function withLineMetadata(text: string, known: Partial<Metadata>): Metadata {
  const lines = metadataFromLines(text);
  return {
    title: known.title ?? null,
    source: known.source ?? null,
    date: known.date ?? lines.date,
    publisher: known.publisher ?? lines.publisher,
  };
}

function readMarkdown(text: string, fileName: string): { text: string; meta: Metadata } {
  const { body, fields } = splitFrontMatter(text, fileName);
  const known = {
    title: stringField(fields, 'title'),
    source: stringField(fields, 'source') ?? stringField(fields, 'url'),
    date: normaliseDate(stringField(fields, 'date')),
    publisher: stringField(fields, 'publisher'),
  };
  return { text: body, meta: withLineMetadata(body, known) };
}

async function readBinary(format: 'pdf' | 'docx', bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  if (format === 'docx') {
    const text = await readDocx(bytes, fileName);
    return { text, format, encoding: null, ...withLineMetadata(text, {}) };
  }
  const pdf = await readPdf(bytes, fileName);
  return { text: pdf.text, format, encoding: null, ...withLineMetadata(pdf.text, { title: pdf.title }) };
}

function readTextual(bytes: Uint8Array, fileName: string): ReadDocument {
  const declared = looksLikeHtml(bytes, fileName) ? charsetToEncoding(declaredCharset(bytes)) : null;
  const { text, encoding } = decodeText(bytes, fileName, declared);
  const format = textFormat(text, fileName);
  if (format === 'html') {
    const html = readHtml(text);
    return { text: html.text, format, encoding, title: html.title, source: null, date: html.date, publisher: html.publisher };
  }
  if (format === 'markdown') {
    const markdown = readMarkdown(text, fileName);
    return { text: markdown.text, format, encoding, ...markdown.meta };
  }
  return { text, format, encoding, ...withLineMetadata(text, {}) };
}

/**
 * Reads a document's bytes into text and metadata: plain text, Markdown with YAML front
 * matter, saved HTML pages, PDF text layers and Word .docx. Throws ReadError, never mojibake.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw new ReadError('EMPTY', fileName, 'is empty');
  const binary = binaryFormat(bytes, fileName);
  const document = binary ? await readBinary(binary, bytes, fileName) : readTextual(bytes, fileName);
  if (document.text.trim() === '') {
    const why = document.format === 'pdf' ? 'has no text layer (a scanned PDF needs OCR first)' : 'contains no text';
    throw new ReadError('EMPTY', fileName, why);
  }
  return document;
}
