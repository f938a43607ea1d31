import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionBusyError, ExtractionPool } from './extraction-pool';

const SCAN_PDF = join(__dirname, '../../../../libs/text/src/read/fixtures/xingqiao-2019-scan.pdf');
const TEXT = Buffer.from('2023年，竞速区部署“提取线程测试”工作，开通巴士3条。\n');
const LIMITS = { heapMb: 512, unpackedBytes: 100 * 1024 * 1024 };

// Each document's folder is made in a private root here, so what is left there is the pool's.
let root: string;
let pool: ExtractionPool;
const scratchFolders = () => readdirSync(root).filter((name) => name.startsWith('policy-graph-extract-'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'extraction-pool-spec-'));
  pool = new ExtractionPool({ processes: 1, ...LIMITS, scratchRoot: root });
});

afterAll(async () => {
  await pool.close();
  rmSync(root, { recursive: true, force: true });
});

it('serves uploads and the files of jobs in one set of processes', async () => {
  const [extraction, item] = await Promise.all([
    pool.extract(TEXT, 'upload.txt', {}, { timeoutMs: 60_000 }),
    pool.prepare({ file: 'job/one.txt', sourceKey: 'job/one.txt', bytes: new Uint8Array(TEXT) }, { timeoutMs: 60_000 }),
  ]);
  expect(extraction.slogans.map((s) => s.name)).toContain('提取线程测试');
  expect(item.kind).toBe('rows');
  expect(pool.alive).toBe(1);
  expect(scratchFolders()).toEqual([]);
}, 90_000);

it('lets a document wait for a process no longer than its caller allows', async () => {
  const slow = pool.extract(TEXT, 'first.txt', {}, { timeoutMs: 60_000 });
  await expect(pool.extract(TEXT, 'second.txt', {}, { timeoutMs: 60_000, waitMs: 1 })).rejects.toThrow(ExtractionBusyError);
  await slow;
}, 90_000);

it('removes the folder of a document whose process is ended at its deadline, and starts another process', async () => {
  // a page scanned at 300 dpi: tesseract reads it for seconds, in a folder the reader made
  const image = join(root, 'page');
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', SCAN_PDF, image]);
  const png = readFileSync(`${image}.png`);
  rmSync(`${image}.png`);

  // whether the reader's own folder was there, inside the document's, before the process was ended
  let seen = false;
  const watch = setInterval(() => {
    for (const folder of scratchFolders()) seen ||= readdirSync(join(root, folder), { withFileTypes: true }).some((inner) => inner.name.startsWith('policy-graph-read-'));
  }, 20);
  const ended = await pool.extract(png, 'scan.png', {}, { timeoutMs: 1_500 }).then(
    () => null,
    (error: Error) => error.message,
  );
  clearInterval(watch);

  expect(ended).toBe('reading it took longer than 1.5 s');
  expect(seen).toBe(true);
  expect(scratchFolders()).toEqual([]);
  const next = await pool.extract(TEXT, 'after.txt', {}, { timeoutMs: 60_000 });
  expect(next.slogans.map((s) => s.name)).toContain('提取线程测试');
  expect(scratchFolders()).toEqual([]);
}, 90_000);

it('removes, before its first document, the folders an API that was killed left, and only those', async () => {
  const own = mkdtempSync(join(tmpdir(), 'extraction-pool-spec-'));
  const gone = spawnSync('true').pid as number; // a process that has ended
  mkdirSync(join(own, `policy-graph-extract-${gone}-killed`));
  mkdirSync(join(own, `policy-graph-extract-${process.ppid}-alive`));
  const fresh = new ExtractionPool({ processes: 1, ...LIMITS, scratchRoot: own });
  try {
    await fresh.extract(TEXT, 'first.txt', {}, { timeoutMs: 60_000 });
    expect(readdirSync(own)).toEqual([`policy-graph-extract-${process.ppid}-alive`]);
  } finally {
    await fresh.close();
    rmSync(own, { recursive: true, force: true });
  }
}, 90_000);
