import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ocrPdfPages } from './ocr';
import { joinPages, type PagedText } from './pages';
import { ReadError } from './read-error';

export interface PdfContent extends PagedText {
  title: string | null;
}

type WorkerReply = { ok: true; pages: string[]; title: string | null } | { ok: false; name: string; message: string };
type WorkerMessage = { page: number } | WorkerReply;

const PDF_TIMEOUT_MS = 60_000;
// Bounds of one page, so that a page built to exhaust the reader fails its own file within seconds
// (a dense page of a report holds a few thousand characters and reads in well under a second).
const PAGE_TIMEOUT_MS = 15_000;
const PAGE_CHARACTER_LIMIT = 200_000;
const PDF_HEAP_MB = 512;

function assetDir(name: string): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), name)}/`;
}

function pdfFailure(reply: { name: string; message: string }, fileName: string): ReadError {
  if (reply.name === 'PasswordException') return new ReadError('ENCRYPTED_PDF', fileName, 'is a password-protected PDF');
  if (reply.name === 'PageTooLarge') return new ReadError('PDF_PAGE_TOO_LARGE', fileName, reply.message);
  return new ReadError('CORRUPT_PDF', fileName, `is not a readable PDF: ${reply.message}`);
}

function runWorker(bytes: Uint8Array, fileName: string): Promise<WorkerReply> {
  const data = new Uint8Array(bytes); // a copy: the buffer moves to the worker
  const worker = new Worker(join(__dirname, 'pdf-text.worker.mjs'), {
    workerData: { bytes: data, cMapUrl: assetDir('cmaps'), standardFontDataUrl: assetDir('standard_fonts'), pageCharacterLimit: PAGE_CHARACTER_LIMIT },
    transferList: [data.buffer],
    resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB },
  });
  let page = 0;
  let pageTimer: NodeJS.Timeout | undefined;
  return new Promise<WorkerReply>((resolve, reject) => {
    const fail = (error: ReadError) => {
      reject(error);
      void worker.terminate();
    };
    const pageProblem = (problem: string) => new ReadError('PDF_PAGE_TOO_LARGE', fileName, page ? `page ${page} ${problem}` : problem);
    const whole = setTimeout(() => fail(new ReadError('CORRUPT_PDF', fileName, `took longer than ${PDF_TIMEOUT_MS / 1000} s to read`)), PDF_TIMEOUT_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (!('page' in message)) return resolve(message);
      page = message.page;
      clearTimeout(pageTimer);
      pageTimer = setTimeout(() => fail(pageProblem(`takes longer than ${PAGE_TIMEOUT_MS / 1000} s to read`)), PAGE_TIMEOUT_MS);
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(pageProblem(`needs more than ${PDF_HEAP_MB} MiB to read`));
      else resolve({ ok: false, name: error.name, message: error.message });
    });
    worker.once('exit', () => {
      clearTimeout(whole);
      clearTimeout(pageTimer);
    });
  }).finally(() => void worker.terminate());
}

/**
 * The text of a PDF, page by page: the text layer read with pdfjs-dist in a worker thread, and
 * OCR for the pages that have none (scanned pages).
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfContent> {
  const reply = await runWorker(bytes, fileName);
  if (!reply.ok) throw pdfFailure(reply, fileName);
  const scanned = reply.pages.flatMap((text, i) => (text.trim() === '' ? [i + 1] : []));
  const ocr = scanned.length ? await ocrPdfPages(bytes, fileName, scanned) : new Map<number, string>();
  const pages = reply.pages.map((text, i) => ocr.get(i + 1) ?? text);
  return { ...joinPages(pages, scanned), title: reply.title };
}
