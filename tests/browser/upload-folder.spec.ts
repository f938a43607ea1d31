// Folders on the Upload tab, in headless Chromium against the real API and Neo4j, with real reports of
// the corpus laid out on disk as the corpus keeps them (政府工作报告-其他地市/抚顺市/2020.md), beside the
// files a Mac or Windows leaves there (.DS_Store, ._2024.md, Thumbs.db, .git/). A reviewer chooses one
// folder with the folder picker and drags another from disk with a loose file beside it (Chromium's own
// drag, so the page walks a real directory entry): each report is listed by its path in the folder,
// hidden files are not, every row goes on to done and each document opens with its text. An empty
// folder, or one with nothing but hidden files, says so instead of starting a job.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { KG, serveEnv } from '../api/support/serve';
import { CORPUS_TARBALL } from '../graph/support/corpus-subset';
import { explorerSession } from './support/explorer-session';
import { signIn } from './support/review-page';
import { dragPathsOnUploadTab, lastJobFiles, watchUploadJob, type JobFile } from './support/upload-page';

jest.setTimeout(300_000);

const REVIEWER_TOKEN = 'e2e-upload-folder-0123456789ab';
const session = explorerSession({ openPage: true, env: { API_REVIEWERS: `上传员=${REVIEWER_TOKEN}` } });
let page: Page;

// short reports, so the jobs take seconds; none is used by another upload spec
const PICKED = ['政府工作报告-其他地市/抚顺市/2020.md', '政府工作报告-其他地市/佳木斯市/2014.md', '政府工作报告-其他地市/珠海市/2024.md'];
const DRAGGED = ['政府工作报告-省自治区/西藏自治区/2024.md', '政府工作报告-省自治区/吉林省/2005.md'];
const LOOSE = '政府工作报告-主要城市/烟台市/2014.md';
const HIDDEN = ['.DS_Store', '珠海市/._2024.md', 'Thumbs.db', '.git/HEAD'];

let disk: string;
const created: string[] = [];

beforeAll(() => {
  ({ page } = session);
  disk = mkdtempSync(join(tmpdir(), 'policy-graph-folders-'));
  execFileSync('tar', ['-xJf', CORPUS_TARBALL, '-C', disk, ...PICKED, ...DRAGGED, LOOSE]);
  // what a file manager leaves in a folder, and a loose report beside the dragged folder
  for (const top of ['政府工作报告-其他地市', '政府工作报告-省自治区']) {
    for (const hidden of HIDDEN) {
      mkdirSync(dirname(join(disk, top, hidden)), { recursive: true });
      writeFileSync(join(disk, top, hidden), 'Bud1\0\0\0');
    }
  }
  writeFileSync(join(disk, '烟台市-2014.md'), readFileSync(join(disk, LOOSE)));
  mkdirSync(join(disk, '空文件夹'));
  mkdirSync(join(disk, '只有隐藏文件/.git'), { recursive: true });
  writeFileSync(join(disk, '只有隐藏文件/.DS_Store'), 'Bud1\0\0\0');
  writeFileSync(join(disk, '只有隐藏文件/.git/HEAD'), 'ref: refs/heads/main\n');
});

afterAll(() => {
  if (disk) rmSync(disk, { recursive: true, force: true });
  // the documents this file added leave with it, so later spec files see the seeds alone
  if (created.length) execFileSync(process.execPath, [KG, 'delete', ...created], { env: serveEnv(), stdio: 'pipe', timeout: 120_000 });
});

// A sentence of the report as its reader keeps it: a long line of plain hanzi and punctuation.
function sentenceOf(path: string): string {
  const line = readFileSync(join(disk, path), 'utf8').split('\n').map((l) => l.trim()).find((l) => l.length > 30 && /^[\u4e00-\u9fff，。、；：“”（）]+$/.test(l));
  if (!line) throw new Error(`${path} has no plain sentence to look for`);
  return line.slice(0, 30);
}

function jobDocuments(p: Page): Promise<JobFile[]> {
  return lastJobFiles(p, REVIEWER_TOKEN);
}

// Every row went from an earlier state to done, never back; the listed names are exactly `names`.
async function expectAllDone(names: string[]): Promise<void> {
  const seen = await watchUploadJob(page);
  expect([...seen.keys()].sort()).toEqual([...names].sort());
  for (const name of names) {
    const states = seen.get(name) ?? [];
    expect(states.length).toBeGreaterThan(1);
    expect(states[states.length - 1]).toBe('done');
  }
  await expect(page.locator('#upload-counts').textContent()).resolves.toBe(`${names.length} / ${names.length} 完成，0 失败`);
  for (const r of await jobDocuments(page)) if (r.documentStatus === 'created' && r.documentId) created.push(r.documentId);
}

// Opens each row's document from the Upload tab and finds a sentence of the file in its text.
async function expectEachOpens(rows: { name: string; path: string }[]): Promise<void> {
  for (const { name, path } of rows) {
    await page.locator('#tabbtn-upload').click();
    // a document's id is the sha256 of its bytes: the row opens the document of this very file
    const id = createHash('sha256').update(readFileSync(join(disk, path))).digest('hex');
    await page.locator(`.upload-file[data-name="${name}"] .upload-open`).click();
    await page.waitForFunction((doc) => new URL(window.location.href).searchParams.get('doc') === doc, id, { timeout: 15_000 });
    await page.locator('#tab-document .doc-text').waitFor({ timeout: 30_000 });
    expect(await page.locator('#tabbtn-document').getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction((text) => document.querySelector('#tab-document .doc-text')?.textContent?.includes(text), sentenceOf(path), { timeout: 30_000 });
  }
}

it('a reviewer chooses a folder: each report is listed by its path, hidden files are not, all are done and each opens', async () => {
  await signIn(page, REVIEWER_TOKEN);
  await page.locator('#tabbtn-upload').click();
  await expect(page.locator('#upload-pick-folder').isVisible()).resolves.toBe(true);
  // what choosing the folder in the browser's folder dialog gives the page (webkitdirectory)
  await page.locator('#upload-folder').setInputFiles(join(disk, '政府工作报告-其他地市'));
  await page.locator('#upload-job .upload-file').first().waitFor({ timeout: 30_000 });
  await expectAllDone(PICKED);
  await expectEachOpens(PICKED.map((p) => ({ name: p, path: p })));
});

it('a reviewer drags a folder and a loose file from disk onto the page: the folder is walked, all are done and each opens', async () => {
  await dragPathsOnUploadTab(page, [join(disk, '政府工作报告-省自治区'), join(disk, '烟台市-2014.md')]);
  await page.locator(`.upload-file[data-name="${DRAGGED[0]}"]`).waitFor({ timeout: 30_000 });
  await expectAllDone([...DRAGGED, '烟台市-2014.md']);
  await expectEachOpens([...DRAGGED.map((p) => ({ name: p, path: p })), { name: '烟台市-2014.md', path: LOOSE }]);
});

it('an empty folder, or one with hidden files only, says so and starts no job', async () => {
  await page.locator('#tabbtn-upload').click();
  const notice = page.locator('#upload-notice');
  const lastJob = [...DRAGGED, '烟台市-2014.md'].sort();
  const rowsShown = () => page.locator('#upload-job .upload-file').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.name ?? '').sort());
  await dragPathsOnUploadTab(page, [join(disk, '空文件夹')]);
  await notice.waitFor({ timeout: 15_000 });
  await expect(notice.textContent()).resolves.toBe('文件夹“空文件夹”里没有可上传的文件（隐藏文件如 .DS_Store 不上传）');

  await page.locator('#upload-folder').setInputFiles(join(disk, '只有隐藏文件'));
  await page.waitForFunction(() => document.getElementById('upload-notice')?.textContent?.includes('只有隐藏文件'), null, { timeout: 15_000 });
  await expect(notice.textContent()).resolves.toBe('文件夹“只有隐藏文件”里没有可上传的文件（隐藏文件如 .DS_Store 不上传）');
  // the last job stays on screen, and it is still the newest job: neither folder started one
  await expect(rowsShown()).resolves.toEqual(lastJob);
  expect((await jobDocuments(page)).map((f) => f.name).sort()).toEqual(lastJob);
});
