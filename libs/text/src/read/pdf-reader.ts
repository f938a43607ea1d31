import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ocrPdfPages } from './ocr';
import { joinPages, type PagedText } from './pages';
import { ReadError } from './read-error';

export interface PdfContent extends PagedText {
  title: string | null;
}

type WorkerReply = { ok: true; pages: string[]; title: string | null } | { ok: false; name: string; message: string };

const PDF_TIMEOUT_MS = 60_000;

function assetDir(name: string): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), name)}/`;
}

function pdfFailure(reply: { name: string; message: string }, fileName: string): ReadError {
  if (reply.name === 'PasswordException') return new ReadError('ENCRYPTED_PDF', fileName, 'is a password-protected PDF');
  return new ReadError('CORRUPT_PDF', fileName, `is not a readable PDF: ${reply.message}`);
}

function runWorker(bytes: Uint8Array, fileName: string): Promise<WorkerReply> {
  const data = new Uint8Array(bytes); // a copy: the buffer moves to the worker
  const worker = new Worker(join(__dirname, 'pdf-text.worker.mjs'), {
    workerData: { bytes: data, cMapUrl: assetDir('cmaps'), standardFontDataUrl: assetDir('standard_fonts') },
    transferList: [data.buffer],
  });
  return new Promise<WorkerReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ReadError('CORRUPT_PDF', fileName, `took longer than ${PDF_TIMEOUT_MS / 1000} s to read`));
      void worker.terminate();
    }, PDF_TIMEOUT_MS);
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', (error) => resolve({ ok: false, name: error.name, message: error.message }));
    worker.once('exit', () => clearTimeout(timer));
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
