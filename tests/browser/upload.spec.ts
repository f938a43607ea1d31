// Uploading in the explorer, in headless Chromium against the real API and Neo4j: a reader sees no
// Upload tab; a reviewer drops six files of mixed kinds on it, watches them go from queued to done (the
// corrupt one to failed, with its reason) and opens a finished document.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { KG, READ_TOKEN, ROOT, serveEnv } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { signIn } from './support/review-page';
import { dropOnUploadTab, lastJobFiles, watchUploadJob } from './support/upload-page';

jest.setTimeout(300_000);

const REVIEWER_TOKEN = 'e2e-upload-token-0123456789abcd';
const session = explorerSession({ openPage: true, env: { API_REVIEWERS: `上传员=${REVIEWER_TOKEN}`, API_READ_TOKEN: READ_TOKEN } });
let page: Page;
beforeAll(() => ({ page } = session));

const FIXTURES = join(ROOT, 'libs/text/src/read/fixtures');
const SEED = readFileSync(join(ROOT, 'seeds/002_8c064a4ecc12deaa.txt'), 'utf8');
const FILES: { name: string; bytes: Buffer; type: string }[] = [
  { name: '000_99ebe1f9c7b4f081.txt', bytes: readFileSync(join(ROOT, 'seeds/000_99ebe1f9c7b4f081.txt')), type: 'text/plain' },
  { name: 'report.md', bytes: Buffer.from(`# 工作报告\n\n${SEED}`), type: 'text/markdown' },
  { name: 'page.html', bytes: Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>工作总结</title></head><body><article>${SEED.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`), type: 'text/html' },
  { name: 'xingqiao-2019.docx', bytes: readFileSync(join(FIXTURES, 'xingqiao-2019.docx')), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { name: 'xingqiao-2019.pdf', bytes: readFileSync(join(FIXTURES, 'xingqiao-2019.pdf')), type: 'application/pdf' },
  { name: 'broken.pdf', bytes: Buffer.from('%PDF-1.4\n not really a pdf'), type: 'application/pdf' },
];
const created: string[] = [];
// a file's states in the order it goes through them; done and failed both end it
const step = (state: string) => (state === 'failed' ? 4 : ['queued', 'reading', 'extracting', 'loading', 'done'].indexOf(state));

afterAll(() => {
  // the documents this file added leave with it, so later spec files see the seeds alone
  if (created.length) execFileSync(process.execPath, [KG, 'delete', ...created], { env: serveEnv(), stdio: 'pipe', timeout: 120_000 });
});

it('a reader sees no Upload tab', async () => {
  await page.locator('#signin-open').waitFor();
  expect(await page.locator('#tabbtn-upload').isHidden()).toBe(true);
  await signIn(page, READ_TOKEN);
  expect(await page.locator('#tabbtn-upload').isHidden()).toBe(true);
  await page.locator('#signout').click();
});

it('a reviewer drops files of six kinds: five are done, the corrupt one failed with its reason, and a document opens', async () => {
  await dropOnUploadTab(page, REVIEWER_TOKEN, FILES);

  // the states each file shows, sampled while the job runs and read once more as it ended
  const seen = await watchUploadJob(page);
  expect([...seen.keys()].sort()).toEqual(FILES.map((f) => f.name).sort());
  // each file was seen on its way (queued, reading, extracting or loading), then in its last state, never going back
  for (const f of FILES) {
    const states = seen.get(f.name) ?? [];
    expect(states.length).toBeGreaterThan(1);
    expect(step(states[0])).toBeLessThan(4);
    expect(states.map(step)).toEqual(states.map(step).sort((a, b) => a - b));
    expect(states[states.length - 1]).toBe(f.name === 'broken.pdf' ? 'failed' : 'done');
  }
  expect([...seen.values()].some((states) => states[0] === 'queued')).toBe(true);
  await expect(page.locator('#upload-counts').textContent()).resolves.toBe('5 / 6 完成，1 失败');
  await expect(page.locator('#upload-progress').evaluate((e) => (e as HTMLProgressElement).value)).resolves.toBe(6);
  const failed = page.locator('.upload-file[data-name="broken.pdf"]');
  await expect(failed.locator('.upload-state').textContent()).resolves.toBe('失败');
  await expect(failed.locator('.upload-error').textContent()).resolves.toMatch(/broken\.pdf.*PDF/);

  // what the page shows is what the graph holds: the seed text is unchanged, the others are new documents
  const rows = await lastJobFiles(page, REVIEWER_TOKEN);
  for (const r of rows) if (r.documentStatus === 'created' && r.documentId) created.push(r.documentId);
  expect(rows.find((r) => r.name === '000_99ebe1f9c7b4f081.txt')?.documentStatus).toBe('unchanged');
  expect(created).toHaveLength(4);

  await page.locator('.upload-file[data-name="xingqiao-2019.docx"] .upload-open').click();
  await page.locator('#tab-document .doc-text').waitFor({ timeout: 30_000 });
  expect(await page.locator('#tabbtn-document').getAttribute('aria-selected')).toBe('true');
  await expect(page.locator('#tab-document .doc-text').textContent()).resolves.toContain('星桥');
});

it('a reviewer pastes URLs: the page is fetched and done, the missing one failed with the HTTP status', async () => {
  const seed = readFileSync(join(ROOT, 'seeds/004_2a50b552bcae988d.txt'), 'utf8');
  const site = createServer((req, res) => {
    if (req.url === '/news/7') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><article><p>${seed}</p><p>全域美丽。</p></article></body></html>`);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  try {
    await page.locator('#tabbtn-upload').click();
    await page.locator('#upload-urls').fill(`${base}/news/7\n${base}/gone.pdf`);
    await page.locator('#upload-fetch').click();
    await page.locator(`.upload-file[data-name="${base}/gone.pdf"]`).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#upload-job .upload-summary')?.dataset.state === 'DONE', null, { timeout: 120_000 });
    await expect(page.locator('#upload-counts').textContent()).resolves.toBe('1 / 2 完成，1 失败');
    await expect(page.locator(`.upload-file[data-name="${base}/gone.pdf"] .upload-error`).textContent()).resolves.toBe(`${base}/gone.pdf could not be fetched: HTTP 404`);
    const open = page.locator(`.upload-file[data-name="${base}/news/7"] .upload-open`);
    await open.click();
    await page.locator('#tab-document .doc-text').waitFor({ timeout: 30_000 });
    const doc = await page.evaluate(() => new URL(window.location.href).searchParams.get('doc'));
    if (doc) created.push(doc);
    await expect(page.locator('#tab-document .doc-text').textContent()).resolves.toContain('全域美丽');
  } finally {
    site.close();
  }
});
