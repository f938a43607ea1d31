import { decodeText, type TextEncoding } from './decode-text';
import { binaryFormat, looksLikeHtml, textFormat, type BinaryFormat, type DocumentFormat } from './document-format';
import { readDocx } from './docx-reader';
import { convertOffice } from './office-convert';
import { ocrImage } from './ocr';
import { joinPages, type PagedText } from './pages';
import { splitFrontMatter, stringField } from './front-matter';
import { declaredCharset, readHtml } from './html-reader';
import { metadataFromLines, normaliseDate } from './metadata-lines';
import { readPdf } from './pdf-reader';
import { ReadError } from './read-error';
import { spreadsheetText } from './spreadsheet-text';

export interface ReadDocument extends PagedText {
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

const UNPAGED = { pages: null, ocrPages: [] };

// Word-like files become .docx and are read as one; spreadsheets become HTML tables, a cell per line.
async function readOffice(format: Exclude<BinaryFormat, 'pdf' | 'image'>, bytes: Uint8Array, fileName: string): Promise<string> {
  if (format === 'docx') return readDocx(bytes, fileName);
  if (format === 'xls' || format === 'xlsx') {
    const html = await convertOffice(bytes, fileName, `.${format}`, 'html');
    return spreadsheetText(new TextDecoder('utf-8').decode(html));
  }
  const extension = format === 'rtf' ? '.rtf' : '.doc';
  return readDocx(await convertOffice(bytes, fileName, extension, 'docx'), fileName);
}

async function readBinary(format: BinaryFormat, bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  if (format === 'pdf') {
    const pdf = await readPdf(bytes, fileName);
    return { ...pdf, format, encoding: null, ...withLineMetadata(pdf.text, { title: pdf.title }) };
  }
  if (format === 'image') {
    const texts = await ocrImage(bytes, fileName, imageExtension(bytes));
    const paged = texts.length > 1 ? joinPages(texts, texts.map((_, i) => i + 1)) : { text: texts[0] ?? '', pages: null, ocrPages: [1] };
    return { ...paged, format, encoding: null, ...withLineMetadata(paged.text, {}) };
  }
  const text = await readOffice(format, bytes, fileName);
  return { text, ...UNPAGED, format, encoding: null, ...withLineMetadata(text, {}) };
}

function imageExtension(bytes: Uint8Array): string {
  if (bytes[0] === 0x89) return '.png';
  return bytes[0] === 0xff ? '.jpg' : '.tif';
}

function readTextual(bytes: Uint8Array, fileName: string): ReadDocument {
  const declared = looksLikeHtml(bytes, fileName) ? charsetToEncoding(declaredCharset(bytes)) : null;
  const { text, encoding } = decodeText(bytes, fileName, declared);
  const format = textFormat(text, fileName);
  if (format === 'html') {
    const html = readHtml(text);
    return { text: html.text, ...UNPAGED, format, encoding, title: html.title, source: null, date: html.date, publisher: html.publisher };
  }
  if (format === 'markdown') {
    const markdown = readMarkdown(text, fileName);
    return { text: markdown.text, ...UNPAGED, format, encoding, ...markdown.meta };
  }
  return { text, ...UNPAGED, format, encoding, ...withLineMetadata(text, {}) };
}

/**
 * Reads one file's bytes into text, pages and metadata: plain text, Markdown with YAML front
 * matter, saved HTML pages, PDFs (OCR for pages without a text layer), images (OCR), Word .docx,
 * and .doc, .wps, .rtf, .xls, .xlsx through LibreOffice. Throws ReadError, never mojibake.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw new ReadError('EMPTY', fileName, 'is empty');
  const binary = binaryFormat(bytes, fileName);
  const document = binary ? await readBinary(binary, bytes, fileName) : readTextual(bytes, fileName);
  if (document.text.trim() === '') {
    const why = document.ocrPages.length ? 'contains no text that OCR could read' : 'contains no text';
    throw new ReadError('EMPTY', fileName, why);
  }
  return document;
}
