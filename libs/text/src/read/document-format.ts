import { extname } from 'node:path';
import { ReadError } from './read-error';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function binaryKind(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | null {
  // The PDF header may follow a little junk; readers look in the first kilobyte.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  return null;
}

function unsupported(fileName: string, what: string): ReadError {
  return new ReadError('UNSUPPORTED_FORMAT', fileName, `${what}; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`);
}

/** A binary format from the bytes' signature, checked against the extension; null for text. */
export function binaryFormat(bytes: Uint8Array, fileName: string): 'pdf' | 'docx' | null {
  const extension = extname(fileName).toLowerCase();
  const kind = binaryKind(bytes);
  if (kind === 'pdf') return 'pdf';
  if (kind === 'zip') return 'docx';
  if (kind === 'ole') throw unsupported(fileName, 'is a legacy Office (.doc/.xls) file; save it as .docx');
  if (extension === '.pdf') throw new ReadError('CORRUPT_PDF', fileName, `has no ${PDF_MAGIC} header`);
  if (extension === '.docx') throw new ReadError('CORRUPT_DOCX', fileName, 'is not a ZIP package');
  if (extension !== '' && !(extension in BY_EXTENSION)) throw unsupported(fileName, `has an unsupported extension ${extension}`);
  return null;
}

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<(!doctype )?html)/i;
const FRONT_MATTER_START = /^---[ \t]*\r?\n/;

/** Format of decoded text: the extension decides, but a whole HTML page is HTML whatever its name. */
export function textFormat(text: string, fileName: string): DocumentFormat {
  if (HTML_START.test(text)) return 'html';
  const known = BY_EXTENSION[extname(fileName).toLowerCase()];
  if (known) return known;
  return FRONT_MATTER_START.test(text) ? 'markdown' : 'text';
}

/** HTML by its extension or opening bytes, so a declared charset can be honoured. */
export function looksLikeHtml(bytes: Uint8Array, fileName: string): boolean {
  if (BY_EXTENSION[extname(fileName).toLowerCase()] === 'html') return true;
  return HTML_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
}
