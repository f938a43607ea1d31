import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExternalToolError, runTool, withTempDir } from './external-tool';
import { ReadError } from './read-error';

// Debian's tesseract-ocr with its chi_sim and chi_tra models: nothing is downloaded at run time.
const LANGUAGES = 'chi_sim+chi_tra';
const OCR_TIMEOUT_MS = 120_000;
// a scanned page renders in a second or two; a page drawn to exhaust the renderer is given up on
const RENDER_TIMEOUT_MS = 30_000;
// poppler renders scanned pages at the resolution tesseract reads best
const RENDER_DPI = '300';

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019';
// between two hanzi, or a hanzi and a digit (2 月 20 日, 36 万元): never a space in the printed text
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}0-9])|(?<=[0-9]) +(?=[${CJK}])`, 'g');
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

function joinWrapped(lines: string[]): string {
  return lines.reduce((joined, line) => (joined && LATIN_END.test(joined) && LATIN_START.test(line) ? `${joined} ${line}` : joined + line), '');
}

/**
 * tesseract's text as the reader gives it: one line per paragraph (it wraps lines as the page
 * did and puts a blank line between paragraphs), without the spaces it sets between hanzi and
 * between hanzi and digits.
 */
export function tidyOcrText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => joinWrapped(block.split('\n').map((line) => line.trim()).filter(Boolean)).replace(SPACE_IN_CJK, ''))
    .filter(Boolean)
    .join('\n');
}

function ocrFailure(error: unknown, fileName: string, what: string): ReadError {
  if (error instanceof ExternalToolError && error.failure.missing) return new ReadError('OCR_UNAVAILABLE', fileName, `needs OCR (${what}) but ${error.tool} ${error.failure.message}`);
  return new ReadError('OCR_FAILED', fileName, `could not be read by OCR (${what}): ${(error as Error).message}`);
}

/** Text of every page of an image file (a multi-page TIFF has several), one string per page. */
export async function ocrImageFile(path: string, fileName: string, what = 'an image'): Promise<string[]> {
  try {
    // one thread: tesseract's OpenMP threads only fight each other on a small shared machine
    const out = await runTool('tesseract', [path, 'stdout', '-l', LANGUAGES], { timeoutMs: OCR_TIMEOUT_MS, env: { OMP_THREAD_LIMIT: '1' } });
    const pages = out.toString('utf8').split('\f');
    if (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
    return pages.map(tidyOcrText);
  } catch (error) {
    throw ocrFailure(error, fileName, what);
  }
}

/** Text of an image file's bytes (PNG, JPEG, TIFF), one string per page. */
export function ocrImage(bytes: Uint8Array, fileName: string, extension: string): Promise<string[]> {
  return withTempDir(async (dir) => {
    const path = join(dir, `image${extension}`);
    await writeFile(path, bytes);
    return ocrImageFile(path, fileName);
  });
}

/** Text of the given pages of a PDF (1-based), each rendered to an image by pdftoppm and read by tesseract. */
export function ocrPdfPages(bytes: Uint8Array, fileName: string, pages: number[]): Promise<Map<number, string>> {
  return withTempDir(async (dir) => {
    const pdf = join(dir, 'document.pdf');
    await writeFile(pdf, bytes);
    const texts = new Map<number, string>();
    for (const page of pages) {
      const image = join(dir, `page-${page}`);
      try {
        await runTool('pdftoppm', ['-f', String(page), '-l', String(page), '-r', RENDER_DPI, '-gray', '-png', '-singlefile', pdf, image], { timeoutMs: RENDER_TIMEOUT_MS });
      } catch (error) {
        throw ocrFailure(error, fileName, `page ${page} has no text layer`);
      }
      texts.set(page, (await ocrImageFile(`${image}.png`, fileName, `page ${page} has no text layer`)).join('\n'));
    }
    return texts;
  });
}
