// Extracts a PDF's text layer in a worker thread: pdfjs-dist is ESM-only, and a worker is a
// plain Node context, so it loads the same under CommonJS, @swc-node/register and jest's VM.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function extract({ bytes, cMapUrl, standardFontDataUrl }) {
  const task = getDocument({ data: bytes, cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const { items } = await (await doc.getPage(number)).getTextContent();
      pages.push(items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    }
    const { info } = await doc.getMetadata();
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { ok: true, text: pages.join('\n\n'), title };
  } finally {
    await task.destroy();
  }
}

extract(workerData).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: error?.message ?? String(error) }),
);
