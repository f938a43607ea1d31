import { extname } from 'node:path';
import { ReadError, type ReadErrorCode } from './read-error';

export type TextFormat = 'text' | 'markdown' | 'html';
export type OfficeFormat = 'doc' | 'wps' | 'rtf' | 'xls' | 'xlsx';
export type BinaryFormat = 'pdf' | 'docx' | 'image' | OfficeFormat;
export type DocumentFormat = TextFormat | BinaryFormat;

const TEXT_BY_EXTENSION: Readonly<Record<string, TextFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
};

const BINARY_BY_EXTENSION: Readonly<Record<string, BinaryFormat>> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.wps': 'wps',
  '.rtf': 'rtf',
  '.xls': 'xls',
  '.xlsx': 'xlsx',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = [...Object.keys(TEXT_BY_EXTENSION), ...Object.keys(BINARY_BY_EXTENSION)];

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const IMAGE_MAGICS = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

type Kind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'image';

function binaryKind(bytes: Uint8Array): Kind | null {
  // The PDF header may follow a little junk; readers look in the first kilobyte.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, RTF_MAGIC)) return 'rtf';
  if (IMAGE_MAGICS.some((magic) => startsWith(bytes, magic))) return 'image';
  return null;
}

function unsupported(fileName: string, what: string): ReadError {
  return new ReadError('UNSUPPORTED_FORMAT', fileName, `${what}; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`);
}

// What the signature says, with the extension to tell apart formats that share a container.
function formatOfKind(kind: Kind, extension: string): BinaryFormat {
  if (kind === 'zip') return extension === '.xlsx' ? 'xlsx' : 'docx';
  if (kind === 'ole') return extension === '.xls' ? 'xls' : extension === '.wps' ? 'wps' : 'doc';
  return kind;
}

const WRONG_CONTENT: Readonly<Record<BinaryFormat, [ReadErrorCode, string]>> = {
  pdf: ['CORRUPT_PDF', `has no ${PDF_MAGIC} header`],
  docx: ['CORRUPT_DOCX', 'is not a ZIP package'],
  xlsx: ['CORRUPT_OFFICE', 'is not a ZIP package'],
  doc: ['CORRUPT_OFFICE', 'is not a Word document (no OLE or RTF signature)'],
  wps: ['CORRUPT_OFFICE', 'is not a WPS document (no OLE signature)'],
  xls: ['CORRUPT_OFFICE', 'is not an Excel workbook (no OLE signature)'],
  rtf: ['CORRUPT_OFFICE', 'is not an RTF document (no {\\rtf header)'],
  image: ['CORRUPT_IMAGE', 'is not a PNG, JPEG or TIFF image'],
};

/**
 * A binary format from the bytes' signature, checked against the extension; null for text.
 * Word and Excel files that are HTML inside (a common way of saving them) are read as text.
 */
export function binaryFormat(bytes: Uint8Array, fileName: string): BinaryFormat | null {
  const extension = extname(fileName).toLowerCase();
  const kind = binaryKind(bytes);
  if (kind) return formatOfKind(kind, extension);
  const expected = BINARY_BY_EXTENSION[extension];
  if (expected && !(expected !== 'pdf' && expected !== 'image' && looksLikeHtml(bytes, fileName))) {
    const [code, problem] = WRONG_CONTENT[expected];
    throw new ReadError(code, fileName, problem);
  }
  if (extension !== '' && !expected && !(extension in TEXT_BY_EXTENSION)) throw unsupported(fileName, `has an unsupported extension ${extension}`);
  return null;
}

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<(!doctype )?html)/i;
const FRONT_MATTER_START = /^---[ \t]*\r?\n/;

/** Format of decoded text: the extension decides, but a whole HTML page is HTML whatever its name. */
export function textFormat(text: string, fileName: string): TextFormat {
  if (HTML_START.test(text)) return 'html';
  const known = TEXT_BY_EXTENSION[extname(fileName).toLowerCase()];
  if (known) return known;
  return FRONT_MATTER_START.test(text) ? 'markdown' : 'text';
}

/** HTML by its extension or opening bytes, so a declared charset can be honoured. */
export function looksLikeHtml(bytes: Uint8Array, fileName: string): boolean {
  if (TEXT_BY_EXTENSION[extname(fileName).toLowerCase()] === 'html') return true;
  return HTML_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
}
