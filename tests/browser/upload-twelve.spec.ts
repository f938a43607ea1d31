// Twelve files of the kinds governments publish, dropped at once on the Upload tab by a reviewer: plain
// text (UTF-8 and UTF-16), Markdown and HTML of real work reports, text PDFs, a scanned PDF, .docx,
// .doc, .rtf, .xlsx and a truncated .docx. Eleven are done, the truncated one failed with its reason,
// and the scanned PDF opens from its row; the FULFILS tie 星动巴士 → 全域创新 it states on its scanned
// page says "p. 2" in the evidence panel, and that evidence opens the same document.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { KG, ROOT, serveEnv } from '../api/support/serve';
import { CORPUS_TARBALL } from '../graph/support/corpus-subset';
import { connectTestExecutor } from '../support/executor';
import { explorerSession } from './support/explorer-session';
import { settled } from './support/explorer-page';
import { dropOnUploadTab, lastJobFiles } from './support/upload-page';

jest.setTimeout(420_000);

const REVIEWER_TOKEN = 'e2e-upload-twelve-0123456789ab';
const session = explorerSession({ env: { API_REVIEWERS: `上传员=${REVIEWER_TOKEN}` } });
let page: Page;
beforeAll(() => ({ page } = session));

const FIXTURES = join(ROOT, 'libs/text/src/read/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// two real reports of the corpus, one kept as Markdown and one turned into a web page
function corpusReports(): { md: string; html: string } {
  const dir = mkdtempSync(join(tmpdir(), 'policy-graph-twelve-'));
  try {
    const md = '政府工作报告-国务院/1975.md';
    const html = '政府工作报告-其他地市/邢台市/2021.md';
    execFileSync('tar', ['-xJf', CORPUS_TARBALL, '-C', dir, md, html]);
    return { md: readFileSync(join(dir, md), 'utf8'), html: readFileSync(join(dir, html), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function asWebPage(title: string, markdown: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = markdown.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><nav><a href="/">首页</a></nav><article>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}

const SCAN = 'xingqiao-2019-scan.pdf';
const BROKEN = 'broken.docx';
let files: { name: string; bytes: Buffer; type: string }[] = [];
const created: string[] = [];

beforeAll(() => {
  const reports = corpusReports();
  const docx = fixture('xingqiao-2019.docx');
  files = [
    { name: '000_99ebe1f9c7b4f081.txt', bytes: readFileSync(join(ROOT, 'seeds/000_99ebe1f9c7b4f081.txt')), type: 'text/plain' },
    { name: 'report-utf16.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(ROOT, 'seeds/003_5c6707e2467e516d.txt'), 'utf8'), 'utf16le')]), type: 'text/plain' },
    { name: '国务院-1975.md', bytes: Buffer.from(reports.md), type: 'text/markdown' },
    { name: '邢台市-2021.html', bytes: Buffer.from(asWebPage('邢台市2021年政府工作报告', reports.html)), type: 'text/html' },
    { name: 'xingqiao-2019.pdf', bytes: fixture('xingqiao-2019.pdf'), type: 'application/pdf' },
    { name: 'xingqiao-2019-captions.pdf', bytes: fixture('xingqiao-2019-captions.pdf'), type: 'application/pdf' },
    { name: SCAN, bytes: fixture(SCAN), type: 'application/pdf' },
    { name: 'xingqiao-2019.docx', bytes: docx, type: DOCX },
    { name: 'xingqiao-2019.doc', bytes: fixture('xingqiao-2019.doc'), type: 'application/msword' },
    { name: 'xingqiao-2019.rtf', bytes: fixture('xingqiao-2019.rtf'), type: 'application/rtf' },
    { name: 'xinjie-2024-tasks.xlsx', bytes: fixture('xinjie-2024-tasks.xlsx'), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    // a download cut short: the zip's central directory is missing
    { name: BROKEN, bytes: docx.subarray(0, Math.floor(docx.length / 2)), type: DOCX },
  ];
});

afterAll(() => {
  // the documents this file added leave with it, so later spec files see the seeds alone
  if (created.length) execFileSync(process.execPath, [KG, 'delete', ...created], { env: serveEnv(), stdio: 'pipe', timeout: 120_000 });
});

it('a reviewer drops twelve files of mixed kinds: eleven are done, the truncated one failed with its reason', async () => {
  await page.goto(`${session.api.url}/?lang=en`);
  await dropOnUploadTab(page, REVIEWER_TOKEN, files);
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('#upload-job .upload-summary')?.dataset.state;
    return state !== undefined && state !== 'RUNNING';
  }, null, { timeout: 360_000, polling: 500 });

  const states = Object.fromEntries(await page.locator('#upload-job .upload-file').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.name ?? '', (e as HTMLElement).dataset.state ?? ''])));
  expect(states).toEqual(Object.fromEntries(files.map((f) => [f.name, f.name === BROKEN ? 'failed' : 'done'])));
  await expect(page.locator('#upload-counts').textContent()).resolves.toBe('11 / 12 done, 1 failed');
  await expect(page.locator('#upload-progress').evaluate((e) => (e as HTMLProgressElement).value)).resolves.toBe(12);
  const failed = page.locator(`.upload-file[data-name="${BROKEN}"]`);
  await expect(failed.locator('.upload-error').textContent()).resolves.toMatch(/broken\.docx: is not a readable Word document/);
  await expect(failed.locator('.upload-open').count()).resolves.toBe(0);

  const rows = await lastJobFiles(page, REVIEWER_TOKEN);
  for (const r of rows) if (r.documentStatus === 'created' && r.documentId) created.push(r.documentId);
  // the seed was in the graph already; every other readable file is a document of its own
  expect(rows.find((r) => r.name === '000_99ebe1f9c7b4f081.txt')?.documentStatus).toBe('unchanged');
  expect(rows.filter((r) => r.documentId).length).toBe(11);
});

it('opens the scanned PDF from its row, and the tie stated on its scanned page names the page in its evidence', async () => {
  const scanId = createHash('sha256').update(fixture(SCAN)).digest('hex');
  await page.locator(`.upload-file[data-name="${SCAN}"] .upload-open`).click();
  const breakMark = page.locator('#tab-document .doc-text .page-break');
  await breakMark.waitFor({ timeout: 30_000 });
  expect(await page.locator('#tabbtn-document').getAttribute('aria-selected')).toBe('true');
  expect(await page.evaluate(() => new URL(window.location.href).searchParams.get('doc'))).toBe(scanId);
  await expect(breakMark.getAttribute('data-label')).resolves.toBe('p. 2');
  await expect(page.locator('#tab-document .doc-about').textContent()).resolves.toMatch(/2 pages · read by OCR: p\. 2/);
  // the OCR text sits after the break: both names of the tie are read from the scanned image
  const scanned = await page.locator('#tab-document .doc-text').evaluate((el) => (el.textContent ?? '').split('\f')[1] ?? '');
  expect(scanned).toContain('星动巴士');
  expect(scanned).toContain('全域创新');

  // the tie's two names, read by OCR, are mentions of the scan on its page 2
  const answer = await fetch(`${session.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { document(id: $id) { mentions { name page } } }', variables: { id: scanId } }),
  }).then((r) => r.json() as Promise<{ data?: { document?: { mentions: { name: string; page: number | null }[] } } }>);
  const pages = (name: string) => new Set((answer.data?.document?.mentions ?? []).filter((m) => m.name === name).map((m) => m.page));
  expect([...pages('星动巴士')]).toEqual([2]);
  expect([...pages('全域创新')]).toContain(2);

  // the scan's own FULFILS edge (the other 星桥 files state the same tie, each on an edge of its own):
  // its evidence says p. 2 and opens the scan, outlined after the page break
  const executor = connectTestExecutor();
  const [tie] = await executor
    .read<{ rel: string; project: string }>(
      "MATCH (j:Project {name: '星动巴士'})-[f:FULFILS {document: $id}]->(:Slogan {name: '全域创新'}) RETURN elementId(f) AS rel, j.id AS project",
      { id: scanId },
    )
    .finally(() => executor.close());
  expect(tie).toBeDefined();
  const edge = `r${tie.rel.slice(tie.rel.lastIndexOf(':') + 1)}`;
  await page.goto(`${session.api.url}/?focus=${encodeURIComponent(tie.project)}&sel=${encodeURIComponent(edge)}&lang=en`);
  await settled(page);
  await page.locator('#tab-evidence .ev-title', { hasText: '星动巴士 → 全域创新' }).waitFor({ timeout: 30_000 });
  const evidence = page.locator('#tab-evidence .evidence-list > div');
  await evidence.first().locator('.sentence').waitFor({ timeout: 30_000 });
  await expect(evidence.count()).resolves.toBe(1);
  await expect(evidence.locator('.page-ref').textContent()).resolves.toBe('p. 2 ');
  await expect(evidence.locator('.sentence').textContent()).resolves.toContain('星动巴士');
  await evidence.locator('.open-doc').click();
  await page.locator('#tab-document .doc-text mark.focus').waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => new URL(window.location.href).searchParams.get('doc'))).toBe(scanId);
  await expect(page.locator('#tab-document .doc-text').evaluate((el) => {
    const mark = el.querySelector('mark.focus');
    const brk = el.querySelector('.page-break');
    return !!mark && !!brk && (brk.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  })).resolves.toBe(true);
});
