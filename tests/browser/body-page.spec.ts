// A planner's questions on screen: a street's outcomes, documents and slogans, found by search.
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, nodeLabels, searchAndPick, settled, shot, textOnce } from './support/explorer-page';

jest.setTimeout(180_000);
const README_SHOT = resolve(__dirname, '../../docs/body-page.png');

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

const outcomeRow = (text: string) => page.locator('#body-outcomes tbody tr', { hasText: text }).first();

async function bodyIdle(): Promise<void> {
  await page.waitForFunction(() => document.getElementById('tab-body')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
}

/** The suggestions the search box offers for a text once one names `expected`, as "badge name context". */
async function suggestions(text: string, expected: string): Promise<string[]> {
  const input = page.locator('#search');
  await input.fill('');
  await input.pressSequentially(text, { delay: 20 });
  await page.locator('#search-list li[role=option]', { hasText: expected }).first().waitFor({ timeout: 15_000 });
  return page.locator('#search-list li[role=option]').allTextContents();
}

// the headline the seed's newspaper page gives its article, in its headline list and above the text
const TITLE = '聚焦“三个全域” 实施36项专项 开展管理提升 实现“四个一批”';

describe('the body page', () => {
  it('search 星桥街道: its neighbourhood holds its report and its outcomes, 实现垃圾减量7000吨 among them', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '星桥街道');
    await settled(page);
    const expected = ['星桥街道', '实现垃圾减量7000吨', TITLE, '全域美丽'];
    const labels = await eventually(() => nodeLabels(page), (l) => expected.every((x) => l.includes(x)));
    expect(labels).toEqual(expect.arrayContaining(expected));
    const counts = /成果 \(21\)[\s\S]*文档 \(1\)/;
    expect(await eventually(() => page.locator('#type-filter').textContent(), (text) => counts.test(text ?? ''))).toMatch(counts);
  });

  it('opens 星桥街道’s body page: 实现垃圾减量7000吨 (achieved, 2019) with its sentence and its document', async () => {
    await page.locator('#open-body').click();
    await bodyIdle();
    await expect(page.locator('#body-title').textContent()).resolves.toBe('星桥街道');
    const row = outcomeRow('实现垃圾减量7000吨');
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['垃圾减量', '7000', '吨', '已实现', '2019']);
    const evidence = cells[7];
    expect(evidence).toContain('去年以来，星桥街道扎实推进垃圾分类减量工作，实现垃圾减量7000吨，同比减量16.9%');
    expect(evidence).toContain(`《${TITLE}》 2019`);
    // the sentence, not the section around it
    expect(evidence.length).toBeLessThan(120);
    await expect(row.locator('mark').textContent()).resolves.toBe('实现垃圾减量7000吨');
    await expect(page.locator('#body-outcomes h3').textContent()).resolves.toBe('成果（21）');
    expect(page.url()).toContain('tab=body');
    expect(page.url()).toContain('body=330113004');
    await page.locator('#body-outcomes').evaluate((el) => el.scrollIntoView());
    const path = await shot(page, 'body-星桥街道');
    // README_SHOT=1 refreshes the screenshot the README shows.
    if (process.env.README_SHOT) copyFileSync(path, README_SHOT);
  });

  it('shows 2019’s slogans as the first report, its documents by year and its projects with what they fulfil', async () => {
    const y2019 = page.locator('#body-slogans .body-year[data-year="2019"]');
    await expect(y2019.textContent()).resolves.toMatch(/首份报告[\s\S]*新提出 \(\d+\)[\s\S]*全域美丽/);
    // the count shown is the number of slogans listed, each one a link (the seed states some forty)
    const listed = await y2019.locator('.slogans-new button').count();
    expect(listed).toBeGreaterThanOrEqual(35);
    await expect(y2019.locator('.slogans-new > span').textContent()).resolves.toBe(`新提出 (${listed}): `);
    await expect(page.locator('#body-documents .body-year[data-year="2019"]').textContent()).resolves.toContain(TITLE);
    const project = page.locator('#body-projects tr', { hasText: '星动巴士' });
    await expect(project.locator('td').allTextContents()).resolves.toEqual(['星动巴士', '2019', '全域创新']);
  });

  it('sorts the outcomes by value and exports the rows as CSV', async () => {
    const sortedBy = (order: string) => page.locator(`#body-outcomes th[data-column="value"][aria-sort="${order}"]`).waitFor({ timeout: 10_000 });
    await page.locator('#body-outcomes th[data-column="value"] button').click();
    await sortedBy('descending');
    const values = (await page.locator('#body-outcomes tbody td:nth-child(2)').allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(7000);
    await page.locator('#body-outcomes th[data-column="value"] button').click();
    await sortedBy('ascending');
    const ascending = (await page.locator('#body-outcomes tbody td:nth-child(2)').allTextContents()).map(Number);
    expect(ascending).toEqual([...values].reverse());
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#body-outcomes-csv').click()]);
    expect(csv.suggestedFilename()).toBe('星桥街道-outcomes.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFmetric,value,unit,status,year,project,target,evidence,document,documentYear');
    expect(text).toContain(`垃圾减量,7000,吨,achieved,2019,,,去年以来，星桥街道扎实推进垃圾分类减量工作，实现垃圾减量7000吨，同比减量16.9%，名列全区第一。,${TITLE},2019`);
    expect(text.trim().split('\r\n')).toHaveLength(22);
  });

  it('reads in English: statuses and headings translated, the data as written', async () => {
    await page.locator('#lang-toggle').click();
    await expect(textOnce(page, '#body-outcomes h3', 'Outcomes (21)')).resolves.toBe('Outcomes (21)');
    const cells = await outcomeRow('实现垃圾减量7000吨').locator('td').allTextContents();
    expect(cells[3]).toBe('achieved');
    await expect(page.locator('#body-outcomes thead').textContent()).resolves.toMatch(/^Metric.*Value.*Unit.*Status.*Year/);
    await shot(page, 'body-星桥街道-en');
    await page.locator('#lang-toggle').click();
    await expect(textOnce(page, '#body-outcomes h3', '成果（21）')).resolves.toBe('成果（21）');
  });

  it('opens the body page from a link, and the document from an outcome’s evidence', async () => {
    await page.goto(`${api.url}/?tab=body&body=330113004`);
    await bodyIdle();
    await outcomeRow('实现垃圾减量7000吨').locator('button.source').click();
    const mark = page.locator('#tab-document mark.focus').first();
    await mark.waitFor({ timeout: 15_000 });
    await expect(mark.textContent()).resolves.toContain('7000');
  });
});

describe('search reaches outcomes and documents', () => {
  it('finds 实现垃圾减量7000吨 by its metric 垃圾减量 and by 7000吨, with its status, year and body', async () => {
    await page.goto(api.url + '/');
    for (const text of ['垃圾减量', '7000吨']) {
      const hits = await suggestions(text, '实现垃圾减量7000吨');
      expect(hits[0]).toBe('成果实现垃圾减量7000吨成果，已实现，2019，星桥街道');
    }
    await page.locator('#search-list li[role=option]').first().click();
    await settled(page);
    const around = ['实现垃圾减量7000吨', TITLE];
    expect(await eventually(() => nodeLabels(page), (l) => around.every((x) => l.includes(x)))).toEqual(expect.arrayContaining(around));
  });

  it('finds a document by its title; its neighbourhood is what it mentions', async () => {
    const hits = await suggestions('36项专项', TITLE);
    expect(hits).toContain(`文档${TITLE}文档，2019，星桥街道`);
    // the headline also states a figure (实施36项专项): pick the document, not the outcome
    await page.locator('#search-list li[role=option]', { hasText: TITLE }).filter({ hasText: '文档，' }).click();
    await settled(page);
    const mentioned = [TITLE, '星桥街道', '全域美丽', '三个全域', '星动巴士', '实现垃圾减量7000吨'];
    const labels = await eventually(() => nodeLabels(page), (l) => mentioned.every((x) => l.includes(x)));
    expect(labels).toEqual(expect.arrayContaining(mentioned));
    await shot(page, 'document-neighbourhood');
  });
});

describe('evidence', () => {
  const sentences = () => page.locator('#tab-evidence .evidence-list .sentence').allTextContents();

  it('an adoption’s evidence is a sentence of running text, with the document’s title and year beside it', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&sel=${encodeURIComponent('全域美丽')}`);
    await settled(page);
    await page.locator('#tab-evidence .links button', { hasText: '星桥街道 → 全域美丽 (ADOPTS)' }).first().click();
    await textOnce(page, '#tab-evidence .ev-title', '星桥街道 → 全域美丽');
    await page.locator('#tab-evidence .evidence-list .sentence').first().waitFor();
    const [first] = await sentences();
    expect(first).toBe('垃圾分类减量工作仅为星桥街道建设“全域美丽大花园”系列举措之一。');
    await expect(page.locator('#tab-evidence .evidence-list .source').first().textContent()).resolves.toBe(`《${TITLE}》 2019 `);
  });

  it('a slogan’s evidence is sentences, never a section', async () => {
    await page.evaluate(() => {
      const cy = (window as unknown as { explorer: { cy: { $(s: string): { unselect(): void }; getElementById(id: string): { select(): void } } } }).explorer.cy;
      cy.$(':selected').unselect();
      cy.getElementById('全域美丽').select();
    });
    await expect(textOnce(page, '#tab-evidence .ev-title', '全域美丽')).resolves.toBe('全域美丽');
    await page.locator('#tab-evidence .evidence-list .sentence').first().waitFor();
    const all = await sentences();
    expect(all.length).toBeGreaterThan(3);
    for (const s of all) expect(s.length).toBeLessThanOrEqual(160);
    await shot(page, 'evidence-sentences');
  });
});
