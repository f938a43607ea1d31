// Proposed variants on the explorer's Review tab, in headless Chromium against the real API and Neo4j
// with the seeds and six short city reports written here: a reviewer reads a candidate (the variant,
// the campaign, why, who adopted each), accepts 五气共治 as a variant of 五水共治 and finds it in the
// diffusion view's family, and rejects 五水同治, which leaves the queue with nothing merged. The
// decisions are reverted and the reports deleted at the end, so later spec files see the seeds alone.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gql, gqlData } from '../api/support/gql';
import { KG, serveEnv, WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { settled, shot } from './support/explorer-page';
import { chineseInterface, graphStrings, shownText, viewStrings } from './support/interface-text';
import { pressAndWait, reviewIdle, signIn } from './support/review-page';

jest.setTimeout(300_000);

const REVIEWER = '审校员乙';
const REVIEWER_TOKEN = 'e2e-variant-review-token-01234567';
const session = explorerSession({ env: { API_REVIEWERS: `${REVIEWER}=${REVIEWER_TOKEN}` } });
let api: ServedApi;
let page: Page;

// 五水共治 in three cities' reports makes it a campaign (three adopters or more); 五气共治 (two cities,
// so first in the queue) and 五水同治 (one) are one character apart from it
const water = (city: string) => `# ${city}2017年政府工作报告\n\n过去一年，我们坚定不移推进“五水共治”，全市河道水质明显改善。\n\n今年要持续深化“五水共治”，巩固治水成果。\n`;
const air = (city: string) => `# ${city}2018年政府工作报告\n\n过去一年，我们大力推进“五气共治”，全市空气质量优良天数比例明显提高。\n\n今年要深入实施“五气共治”，打赢蓝天保卫战。\n`;
const REPORTS: Record<string, string> = {
  '湖州市/2017.md': water('湖州市'),
  '绍兴市/2017.md': water('绍兴市'),
  '台州市/2017.md': water('台州市'),
  '金华市/2018.md': air('金华市'),
  '丽水市/2018.md': air('丽水市'),
  '衢州市/2018.md': '# 衢州市2018年政府工作报告\n\n过去一年，我们全面推进“五水同治”，治污水、防洪水、排涝水齐头并进。\n\n今年要继续抓好“五水同治”，守护好一江清水。\n',
};
const reportIds = Object.values(REPORTS).map((text) => createHash('sha256').update(Buffer.from(text)).digest('hex'));

beforeAll(() => {
  ({ api, page } = session);
  const dir = mkdtempSync(join(tmpdir(), 'policy-graph-variants-'));
  try {
    for (const [path, text] of Object.entries(REPORTS)) {
      mkdirSync(join(dir, '政府工作报告-其他地市', path, '..'), { recursive: true });
      writeFileSync(join(dir, '政府工作报告-其他地市', path), text);
    }
    execFileSync(process.execPath, [KG, 'ingest', dir, '--workers', '0'], { env: serveEnv(), stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

afterAll(() => {
  execFileSync(process.execPath, [KG, 'delete', ...reportIds], { env: serveEnv(), stdio: 'pipe', timeout: 120_000 });
});

const PAIR = 'VARIANT_OF:五气共治→五水共治';
const OTHER = 'VARIANT_OF:五水同治→五水共治';

interface Candidate {
  target: string;
  variant: string;
  of: string;
  reasons: string[];
}

async function variantQueue(): Promise<Candidate[]> {
  return (await gqlData<{ reviewQueue: Candidate[] }>(api.url, '{ reviewQueue(kind: VARIANT, limit: 100) { target variant of reasons } }')).reviewQueue;
}

async function adopterCount(slogan: string): Promise<number> {
  const data = await gqlData<{ slogan: { adopters: { totalCount: number } } }>(api.url, 'query($s: String!) { slogan(name: $s) { adopters(first: 1) { totalCount } } }', { s: slogan });
  return data.slogan.adopters.totalCount;
}

const shownTarget = () => page.locator('#review-item').getAttribute('data-target');

/** Skips what the queue shows until `target` is on screen. */
async function walkTo(target: string): Promise<void> {
  for (let i = 0; i < 100 && (await shownTarget()) !== target; i++) await pressAndWait(page, 's', (await shownTarget()) ?? '');
  expect(await shownTarget()).toBe(target);
}


describe('a reviewer of proposed variants', () => {
  afterAll(async () => {
    // the shared graph goes back to what the other spec files expect
    const log = await gqlData<{ corrections: { id: string; kind: string; status: string }[] }>(api.url, `{ corrections(author: "${REVIEWER}") { id kind status } }`);
    for (const c of log.corrections.filter((x) => x.status === 'active' && x.kind !== 'revert').reverse()) {
      await gql(api.url, 'mutation($id: ID!) { revertCorrection(id: $id, reason: "e2e") { id } }', { id: c.id }, { authorization: `Bearer ${WRITE_TOKEN}` });
    }
  });

  it('picks the VARIANT queue and sees a candidate: the variant and the campaign, why it was proposed, and the adopters of each', async () => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(api.url + '/');
    await signIn(page, REVIEWER_TOKEN);
    await page.locator('#tabbtn-review').click();
    await page.locator('#review-item, #review-empty').first().waitFor({ timeout: 30_000 });
    await reviewIdle(page);
    await expect(page.locator('#review-kind option[value=VARIANT]').textContent()).resolves.toBe('口号变体（VARIANT_OF）');
    await page.locator('#review-kind').selectOption('VARIANT');
    await page.waitForFunction(() => document.getElementById('review-item')?.dataset.kind === 'VARIANT', null, { timeout: 60_000 });
    await reviewIdle(page);
    const queue = await variantQueue();
    expect(queue.map((c) => c.target)).toContain(PAIR);
    // the head of the queue is on screen; other spec files leave candidates of their own in the shared graph
    expect(await shownTarget()).toBe(queue[0].target);
    await walkTo(PAIR);
    const card = page.locator('#review-item');
    await expect(card.locator('.review-tie').textContent()).resolves.toBe('五气共治 →  VARIANT_OF 五水共治');
    await expect(card.locator('.variant-side').evaluateAll((sides) => sides.map((s) => [(s as HTMLElement).dataset.role, s.querySelector('.badge')?.textContent, s.querySelector('.variant-name')?.textContent])))
      .resolves.toEqual([['variant', '提出的变体', '五气共治'], ['campaign', '主口号', '五水共治']]);
    await expect(card.locator('.variant-adopters').allTextContents()).resolves.toEqual([
      `${await adopterCount('五气共治')} 个采用者`,
      `${await adopterCount('五水共治')} 个采用者`,
    ]);
    // the earliest adopters of each, by name and year
    await expect(card.locator('.variant-side.variant .variant-earliest').textContent()).resolves.toMatch(/^最早：(金华市 \(2018\)、丽水市|丽水市 \(2018\)、金华市) \(2018\)$/);
    await expect(card.locator('.variant-side.campaign .variant-earliest').textContent()).resolves.toMatch(/湖州市 \(2017\)/);
    await expect(card.locator('.variant-why').textContent()).resolves.toContain('只差一个字');
    await expect(card.locator('.sentence').textContent()).resolves.toContain('五气共治');
    await settled(page);
    await shot(page, 'review-variant');
  });

  it('reads the candidate in English with no Chinese but the data', async () => {
    const data = await graphStrings();
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.querySelector('#review-item .variant-why')?.textContent?.startsWith('Proposed because'), null, { timeout: 15_000 });
    await expect(page.locator('#review-item .variant-why').textContent()).resolves.toMatch(/^Proposed because: one character apart( · [a-z ]+)*$/);
    const shown = (await shownText(page)).filter((s) => s.where.startsWith('#review-item') || s.where.includes('review-kind'));
    expect(shown.length).toBeGreaterThan(8);
    expect(chineseInterface(shown, [...data, ...(await viewStrings(page))])).toEqual([]);
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.querySelector('#review-item .variant-why')?.textContent?.startsWith('提出理由'), null, { timeout: 15_000 });
  });

  it('accepts it with a: it leaves the queue and both slogans stay', async () => {
    await pressAndWait(page, 'a', PAIR);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe('接受 · 五气共治 → 五水共治');
    expect((await variantQueue()).map((c) => c.target)).not.toContain(PAIR);
    const ids = await gqlData<{ a: { id: string }; b: { id: string } }>(api.url, '{ a: slogan(name: "五气共治") { id } b: slogan(name: "五水共治") { id } }');
    expect(ids).toEqual({ a: { id: '五气共治' }, b: { id: '五水共治' } });
  });

  it('rejects 五水同治 with r: it leaves the queue, nothing is merged and no family takes it in', async () => {
    await walkTo(OTHER);
    await pressAndWait(page, 'r', OTHER);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe('拒绝 · 五水同治 → 五水共治');
    expect((await variantQueue()).map((c) => c.target)).not.toContain(OTHER);
    const after = await gqlData<{ a: { id: string }; b: { id: string }; family: { members: { slogan: { id: string } }[] } }>(
      api.url, '{ a: slogan(name: "五水同治") { id } b: slogan(name: "五水共治") { id } family: variantFamily(slogan: "五水共治") { members { slogan { id } } } }');
    expect([after.a.id, after.b.id]).toEqual(['五水同治', '五水共治']);
    expect(after.family.members.map((m) => m.slogan.id)).toEqual(['五水共治', '五气共治']);
  });

  it('sees the accepted variant in the diffusion view as the family of 五水共治, and not the rejected one', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('五水共治')}&slogan=${encodeURIComponent('五水共治')}&tab=diffusion`);
    await page.locator('.variant-family li').first().waitFor({ timeout: 30_000 });
    const members = await page.locator('.variant-family li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.role, li.querySelector('.family-name')?.textContent, li.querySelector('.family-count')?.textContent]));
    expect(members).toEqual([
      ['campaign', '五水共治', `${await adopterCount('五水共治')} 个采用者`],
      ['variant', '五气共治', '2 个采用者'],
    ]);
    // no body uses both: the family's adopters are the two counts added
    const together = (await adopterCount('五水共治')) + 2;
    await expect(page.locator('.variant-family .family-total').textContent()).resolves.toMatch(new RegExp(`^家族合计 ${together} 个采用者（同一机构只计一次） · 始于 \\d{4} 年$`));
    await settled(page);
    await shot(page, 'review-variant-family');
  });

  it('undoes the rejection with u on the Review tab: the candidate is back on its queue', async () => {
    await page.locator('#tabbtn-review').click();
    await page.locator('#review-item, #review-empty').first().waitFor({ timeout: 30_000 });
    await reviewIdle(page);
    // the decisions are kept across pages; undoing one opens its queue again
    await pressAndWait(page, 'u', (await shownTarget()) ?? '');
    expect(await shownTarget()).toBe(OTHER);
    expect((await variantQueue()).map((c) => c.target)).toContain(OTHER);
  });
});
