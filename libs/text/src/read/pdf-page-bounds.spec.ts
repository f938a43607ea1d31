// A PDF built to exhaust the reader fails its own file within seconds, naming the page and the bound,
// while a page of ordinary size is read as usual.
import { inflatingTo, pdfOfPages, PRINT_WORD } from './hostile-files';
import { readDocument } from './read-document';
import { ReadError } from './read-error';

const MB = 1024 * 1024;
const page = (word: string, times: number) => inflatingTo(PRINT_WORD(word), PRINT_WORD(word).length * times);

async function readingFailure(bytes: Buffer, fileName: string): Promise<{ error: ReadError; ms: number }> {
  const started = Date.now();
  const error = await readDocument(bytes, fileName).then(
    () => {
      throw new Error(`${fileName} was read`);
    },
    (e: unknown) => e,
  );
  if (!(error instanceof ReadError)) throw error;
  return { error, ms: Date.now() - started };
}

it('reads a page of ordinary size: every one of its 3,000 words', async () => {
  const doc = await readDocument(pdfOfPages([page('policy', 3_000)]), 'ordinary.pdf');
  expect(doc.text.match(/policy/g)).toHaveLength(3_000);
});

it('a page whose content stream inflates to 200 MB fails in seconds, naming its page', async () => {
  const bomb = pdfOfPages([page('policy', 10), inflatingTo(PRINT_WORD('bomb'), 200 * MB)]);
  expect(bomb.length).toBeLessThan(2 * MB);
  const { error, ms } = await readingFailure(bomb, 'bomb.pdf');
  expect(error.message).toBe('bomb.pdf: has a stream that inflates to more than 64 MiB on page 2 (PDF_PAGE_TOO_LARGE)');
  expect(ms).toBeLessThan(10_000);
}, 60_000);

it('a page with more than 200,000 characters of text fails, naming its page', async () => {
  const { error, ms } = await readingFailure(pdfOfPages([page('policy', 100_000)]), 'dense.pdf');
  expect(error.message).toBe('dense.pdf: has more than 200,000 characters of text on page 1 (PDF_PAGE_TOO_LARGE)');
  expect(ms).toBeLessThan(10_000);
}, 60_000);
