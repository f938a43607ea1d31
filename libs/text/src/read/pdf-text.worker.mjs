// Extracts a PDF's text layer, page by page, in a worker thread: pdfjs-dist is ESM-only, and a worker is a
// plain Node context, so it loads the same under CommonJS, @swc-node/register and jest's VM.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs inflates each compressed stream whole (DecompressionStream) before it reads any of it. A stream
// of a page's text that inflates past INFLATE_LIMIT (a content stream of hundreds of megabytes packed
// into one of a few) fails the document at once, before it is held in memory. Images are not inflated
// to read text, so a scan's page does not count.
const INFLATE_LIMIT = 64 * 1024 * 1024;
let currentPage = 0;

function refuse(name, problem) {
  parentPort.postMessage({ ok: false, name, message: currentPage ? `${problem} on page ${currentPage}` : problem });
}

const NativeDecompressionStream = globalThis.DecompressionStream;
globalThis.DecompressionStream = class BoundedDecompressionStream {
  constructor(format) {
    const native = new NativeDecompressionStream(format);
    let inflated = 0;
    const bound = new TransformStream({
      transform(chunk, controller) {
        inflated += chunk.byteLength;
        if (inflated <= INFLATE_LIMIT) return controller.enqueue(chunk);
        refuse('PageTooLarge', `has a stream that inflates to more than ${INFLATE_LIMIT / 1024 / 1024} MiB`);
        controller.error(new Error('inflates past the limit'));
      },
    });
    this.writable = native.writable;
    this.readable = native.readable.pipeThrough(bound);
  }
};

// A line that reaches the right margin wraps on into the next one, unless the next is indented:
// the page's visual lines become the document's paragraphs, so no name is cut in two. A line runs
// to the margin only when it fills most of the page's width: a page of short lines (a cover, a
// list of headings) keeps each one.
function visualLines(items) {
  const lines = [];
  let line = null;
  for (const item of items) {
    const [, , , d, x] = item.transform ?? [0, 0, 0, 0, 0];
    line ??= { text: '', left: x, right: x, size: Math.abs(d) || item.height || 0 };
    line.text += item.str ?? '';
    if (item.str) line.right = Math.max(line.right, x + (item.width ?? 0));
    if (item.hasEOL) {
      lines.push(line);
      line = null;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

const FULL_LINE = 0.6;

function pageText(items, pageWidth) {
  const lines = visualLines(items).filter((l) => l.text.trim() !== '');
  const margin = Math.max(...lines.map((l) => l.right));
  const full = (l) => l.right >= margin - 1.5 * l.size && l.right - l.left >= FULL_LINE * pageWidth;
  let text = '';
  lines.forEach((l, i) => {
    const previous = lines[i - 1];
    const wraps = previous && full(previous) && l.left <= previous.left + 0.5 * previous.size;
    if (i > 0) text += wraps ? (LATIN_END.test(text) && LATIN_START.test(l.text.trimStart()) ? ' ' : '') : '\n';
    text += wraps ? l.text.trimStart() : l.text;
  });
  return text;
}

// A page's text read as pdfjs streams it, given up once it passes `limit` characters: a content stream
// that inflates to hundreds of megabytes is refused while pdfjs is still reading its beginning, not
// after it has been held whole in memory.
async function pageItems(page, number, limit) {
  const reader = page.streamTextContent().getReader();
  const items = [];
  let characters = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) {
      characters += item.str?.length ?? 0;
      items.push(item);
    }
    if (characters > limit) {
      const tooLarge = Object.assign(new Error(`has more than ${limit.toLocaleString('en')} characters of text on page ${number}`), { name: 'PageTooLarge' });
      // pdfjs stops evaluating the page once its stream is cancelled
      void reader.cancel(tooLarge).catch(() => undefined);
      throw tooLarge;
    }
  }
  return items;
}

async function extract({ bytes, cMapUrl, standardFontDataUrl, pageCharacterLimit }) {
  const task = getDocument({ data: bytes, cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      // the reader times each page from this message on
      currentPage = number;
      parentPort.postMessage({ page: number });
      const page = await doc.getPage(number);
      const items = await pageItems(page, number, pageCharacterLimit);
      pages.push(pageText(items, page.getViewport({ scale: 1 }).width));
    }
    const { info } = await doc.getMetadata();
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { ok: true, pages, title };
  } finally {
    await task.destroy();
  }
}

extract(workerData).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: error?.message ?? String(error) }),
);
