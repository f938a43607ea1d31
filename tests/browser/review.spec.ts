// Reviewing in the explorer, in headless Chromium against the real API and Neo4j with the seeds:
// a reader sees no review controls; a reviewer signs in, decides ten ties of the FULFILS queue with
// the keyboard, sees the graph change, undoes a rejection, reads the corrections log and merges two slogans.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { gql } from '../api/support/gql';
import { READ_TOKEN, WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, settled, shot } from './support/explorer-page';
import { markedTies, pressAndWait, progress, reviewIdle, signIn, tieOnScreen, tiesInGraph, type TieOnScreen } from './support/review-page';

jest.setTimeout(300_000);

const README_SHOT = resolve(__dirname, '../../docs/review.png');
const REVIEWER = '审校员甲';
const REVIEWER_TOKEN = 'e2e-review-token-0123456789abcd';
const session = explorerSession({ env: { API_REVIEWERS: `${REVIEWER}=${REVIEWER_TOKEN}`, API_READ_TOKEN: READ_TOKEN } });
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

const tabNames = (p: Page) => p.locator('[role=tab]:visible').allTextContents();
const label = (t: TieOnScreen) => `${t.project} → ${t.slogan}`;

async function queueTargets(): Promise<string[]> {
  const res = await gql<{ reviewQueue: { target: string }[] }>(api.url, '{ reviewQueue(limit: 500) { target } }');
  return (res.data?.reviewQueue ?? []).map((i) => i.target);
}

/**
 * Opens a link to the tie's project and, from its connections in the evidence panel, the tie. The
 * project, not the slogan: a slogan many documents name has more links than a view shows at once.
 */
async function openTie(p: Page, tie: TieOnScreen): Promise<void> {
  if (!tie.projectId) throw new Error(`no project id for ${tie.target}`);
  await p.goto(`${api.url}/?focus=${encodeURIComponent(tie.projectId)}&sel=${encodeURIComponent(tie.projectId)}`);
  await p.locator('#tab-evidence .links').waitFor({ timeout: 30_000 });
  await settled(p);
  await p.locator('#tab-evidence .links button', { hasText: `${tie.project} → ${tie.slogan} (FULFILS)` }).first().click();
  await p.locator('#tab-evidence .audit-log li').first().waitFor();
  await p.waitForFunction(() => !document.querySelector('#tab-evidence .audit-log')?.textContent?.includes('加载中'), null, { timeout: 15_000 });
}

describe('a reader', () => {
  it('sees no review controls: no Review tab, no edits in the evidence panel, and the keys do nothing', async () => {
    const [first] = (await gql<{ reviewQueue: TieOnScreen[] }>(api.url, '{ reviewQueue(limit: 1) { target project slogan projectId } }')).data?.reviewQueue ?? [];
    await openTie(page, first);
    expect(await tabNames(page)).toEqual(['证据', '机构', '扩散', '路径', 'Cypher', '文档']);
    const panel = page.locator('#tab-evidence');
    await expect(panel.locator('h3').allTextContents()).resolves.toContain('更正记录');
    await expect(panel.locator('.audit-log').textContent()).resolves.toBe('尚无更正');
    expect(await panel.locator('button').allTextContents()).not.toEqual(expect.arrayContaining(['接受', '拒绝']));
    await page.locator('body').press('r');
    expect(await tiesInGraph(page)).toContain(label(first));
  });

  it('signed in with the read token, is told so and still sees no review controls', async () => {
    await page.locator('#signin-open').click();
    await page.locator('#signin-token').fill(READ_TOKEN);
    await page.locator('#signin-submit').click();
    await expect(page.locator('#signin-who').textContent()).resolves.toBe('只读');
    await expect(page.locator('#signin-note').textContent()).resolves.toBe('这个令牌只能阅读，不能审校');
    expect(await tabNames(page)).toEqual(['证据', '机构', '扩散', '路径', 'Cypher', '文档']);
    expect(await page.locator('#tab-evidence button.edit').count()).toBe(0);
    await page.locator('#signout').click();
    await page.locator('#signin-open').waitFor();
  });

  it('cannot sign in with a token the server does not know', async () => {
    await page.locator('#signin-open').click();
    await page.locator('#signin-token').fill('not-a-token-of-this-server-0123');
    await page.locator('#signin-submit').click();
    await expect(page.locator('#signin-note').textContent()).resolves.toBe('服务器不认识这个令牌');
    expect(await tabNames(page)).not.toContain('审校');
  });
});

describe('a reviewer', () => {
  const accepted: TieOnScreen[] = [];
  const rejected: TieOnScreen[] = [];
  const skipped: TieOnScreen[] = [];
  let undone: TieOnScreen;

  afterAll(async () => {
    // the graph goes back to what the other spec files expect: every correction made here is reverted
    const log = await gql<{ corrections: { id: string; kind: string; status: string }[] }>(api.url, `{ corrections(author: "${REVIEWER}") { id kind status } }`);
    for (const c of (log.data?.corrections ?? []).filter((x) => x.status === 'active' && x.kind !== 'revert').reverse()) {
      await gql(api.url, 'mutation($id: ID!) { revertCorrection(id: $id, reason: "e2e") { id } }', { id: c.id }, { authorization: `Bearer ${WRITE_TOKEN}` });
    }
  });

  it('signs in, and the Review tab appears with the first tie, its sentence and the tie marked in the graph', async () => {
    await page.goto(api.url + '/');
    await expect(signIn(page, REVIEWER_TOKEN)).resolves.toBe(`${REVIEWER} · 审校员`);
    expect(await tabNames(page)).toEqual(['证据', '机构', '扩散', '路径', 'Cypher', '文档', '审校', '上传']);
    await page.locator('#tabbtn-review').click();
    const tie = await tieOnScreen(page);
    await reviewIdle(page);
    expect(tie.target).toBe(`FULFILS:${tie.project}→${tie.target.split('→')[1]}`);
    const [first] = (await gql<{ reviewQueue: { target: string; evidence: string }[] }>(api.url, '{ reviewQueue(limit: 1) { target evidence } }')).data?.reviewQueue ?? [];
    expect(first.target).toBe(tie.target);
    await expect(page.locator('#review-item .sentence mark.focus').textContent()).resolves.toBe(first.evidence);
    expect(await eventually(() => markedTies(page), (m) => m.length === 1 && m[0] === label(tie))).toEqual([label(tie)]);
    expect(await page.locator('#review-item button.decide').allTextContents()).toEqual(['接受A', '拒绝R', '跳过S', '撤销U']);
  });

  it('ignores the decision keys while typing in the search box', async () => {
    const before = await tieOnScreen(page);
    await page.locator('#search').click();
    await page.keyboard.type('ars');
    expect((await tieOnScreen(page)).target).toBe(before.target);
    await expect(progress(page)).resolves.toMatchObject({ accepted: 0, rejected: 0, skipped: 0 });
    await page.locator('#search').fill('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('decides ten ties with a, r and s; a rejected tie leaves the graph and the queue, an accepted one leaves the queue', async () => {
    const start = await progress(page);
    const keys = ['r', 'a', 's', 'a', 'r', 's', 'a', 'r', 'a', 'r'];
    for (const key of keys) {
      const tie = await tieOnScreen(page);
      // the graph is drawn again after each decision; the mark follows once it is
      expect(await eventually(() => markedTies(page), (m) => m.length === 1 && m[0] === label(tie))).toEqual([label(tie)]);
      await pressAndWait(page, key, tie.target);
      ({ a: accepted, r: rejected, s: skipped })[key as 'a' | 'r' | 's'].push(tie);
      // the graph was read again after the decision: a rejected tie is no longer drawn
      if (key === 'r') expect(await eventually(() => tiesInGraph(page), (t) => !t.includes(label(tie)))).not.toContain(label(tie));
    }
    await settled(page);
    const after = await progress(page);
    expect(after).toMatchObject({ accepted: 4, rejected: 4, skipped: 2 });
    if (start.left < 100) expect(after.left).toBe(start.left - 10);
    const trail = await page.locator('#review-trail li').allTextContents();
    expect(trail).toHaveLength(10);
    expect(trail[0]).toBe(`拒绝 · ${label(rejected[3])}`);
    expect(trail[9]).toBe(`拒绝 · ${label(rejected[0])}`);
    const queue = await queueTargets();
    for (const t of [...accepted, ...rejected]) expect(queue).not.toContain(t.target);
    for (const t of skipped) expect(queue).toContain(t.target);
  });

  it('undoes the last rejection with u: the tie is back on screen, in the graph and in the queue', async () => {
    undone = rejected[rejected.length - 1];
    const shown = await tieOnScreen(page);
    await pressAndWait(page, 'u', shown.target);
    await settled(page);
    expect((await tieOnScreen(page)).target).toBe(undone.target);
    expect(await eventually(() => tiesInGraph(page), (t) => t.includes(label(undone)))).toContain(label(undone));
    expect(await eventually(() => markedTies(page), (m) => m.length === 1 && m[0] === label(undone))).toEqual([label(undone)]);
    await expect(progress(page)).resolves.toMatchObject({ accepted: 4, rejected: 3, skipped: 2 });
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`拒绝 · ${label(undone)} (已撤销)`);
    expect(await queueTargets()).toContain(undone.target);
    const path = await shot(page, '20-review');
    // README_SHOT=1 refreshes the screenshot the README shows.
    if (process.env.README_SHOT) copyFileSync(path, README_SHOT);
  });

  it('keeps a reviewer signed in, on the Review tab and with the decisions taken when the page is loaded again', async () => {
    expect(page.url()).toContain('tab=review');
    await page.reload();
    await tieOnScreen(page);
    await reviewIdle(page);
    await expect(page.locator('#signin-who').textContent()).resolves.toBe(`${REVIEWER} · 审校员`);
    await expect(page.locator('#tabbtn-review').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(progress(page)).resolves.toMatchObject({ accepted: 4, rejected: 3, skipped: 2 });
    await expect(page.locator('#review-trail li').count()).resolves.toBe(10);
    // the walk starts at the head of the queue again, skipped ties left out
    const skippedTargets = skipped.map((t) => t.target);
    expect((await tieOnScreen(page)).target).toBe((await queueTargets()).find((t) => !skippedTargets.includes(t)));
  });

  it('shows merge candidates side by side, merges a pair with m and undoes it with u', async () => {
    await page.locator('#review-mode-merges').click();
    const card = page.locator('#merge-item');
    await card.waitFor({ timeout: 30_000 });
    await reviewIdle(page);
    const names = await card.locator('.merge-name').allTextContents();
    expect(names).toHaveLength(2);
    expect(await card.locator('.merge-reasons li').count()).toBeGreaterThan(0);
    await expect(card.locator('.merge-side .muted').allTextContents()).resolves.toEqual([expect.stringMatching(/^\d+ 篇文档$/), expect.stringMatching(/^\d+ 篇文档$/)]);
    const pair = (await card.getAttribute('data-pair')) ?? '';
    const direction = (await card.locator('.merge-direction').textContent()) ?? '';
    const [, from, into] = /“(.+)”并入“(.+)”/.exec(direction) ?? [];
    await page.keyboard.press('m');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair !== p, pair, { timeout: 60_000 });
    await reviewIdle(page);
    await settled(page);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`合并 · ${from} ⇢ ${into}`);
    const slogans = await page.evaluate(() => (window as unknown as { explorer: { cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } } }).explorer.cy.nodes('[type = "Slogan"]').map((n) => n.data('label')));
    expect(slogans).toContain(into);
    expect(slogans).not.toContain(from);
    await page.keyboard.press('u');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair === p, pair, { timeout: 60_000 });
    await reviewIdle(page);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`合并 · ${from} ⇢ ${into} (已撤销)`);
  });

  it('merges two projects of one body side by side, and u undoes it', async () => {
    await page.locator('#merge-kind').selectOption('PROJECT');
    const card = page.locator('#merge-item');
    await page.waitForFunction(() => document.getElementById('merge-kind') && document.getElementById('tab-review')?.getAttribute('aria-busy') === 'false', null, { timeout: 60_000 });
    await card.waitFor({ timeout: 30_000 });
    const pair = (await card.getAttribute('data-pair')) ?? '';
    expect(pair).toMatch(/\|/);
    const reasons = await card.locator('.merge-reasons li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    const [, from, into] = /“(.+)”并入“(.+)”/.exec((await card.locator('.merge-direction').textContent()) ?? '') ?? [];
    await page.keyboard.press('m');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair !== p, pair, { timeout: 60_000 });
    await reviewIdle(page);
    await settled(page);
    const projects = () => page.evaluate(() => (window as unknown as { explorer: { cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } } }).explorer.cy.nodes('[type = "Project"]').map((n) => n.data('label')));
    expect(await projects()).toContain(into);
    expect(await projects()).not.toContain(from);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`合并 · ${from} ⇢ ${into}`);
    await page.keyboard.press('u');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair === p, pair, { timeout: 60_000 });
    await reviewIdle(page);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`合并 · ${from} ⇢ ${into} (已撤销)`);
  });

  it('corrects the title of the document behind a tie in the document tab, and reads it in the document’s log', async () => {
    await page.locator('#review-mode-ties').click();
    await tieOnScreen(page);
    await reviewIdle(page);
    await page.locator('#review-item button.open-doc').click();
    const tab = page.locator('#tab-document');
    await tab.locator('details.edits summary').click();
    const title = '审校后的标题';
    await tab.locator('#doc-edit-title').fill(title);
    await tab.locator('#doc-edit-save').click();
    await page.waitForFunction((t) => document.querySelector('#tab-document h2')?.textContent === t, title, { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('#tab-document .audit-log')?.textContent?.includes('加载中'), null, { timeout: 15_000 });
    await expect(tab.locator('.audit-log li').allTextContents()).resolves.toEqual([expect.stringMatching(new RegExp(`^更正文档信息 · ${REVIEWER} · `))]);
    await page.locator('#tabbtn-review').click();
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toMatch(/^更正文档信息 · Document:/);
  });

  it('reads each decision in the corrections log of the tie, under the reviewer’s name, and finds rejected ties gone from the graph', async () => {
    await openTie(page, accepted[0]);
    const acceptedLog = await page.locator('#tab-evidence .audit-log li').allTextContents();
    expect(acceptedLog).toEqual([expect.stringMatching(new RegExp(`^确认关系 · ${REVIEWER} · `))]);
    await openTie(page, undone);
    const undoneLog = await page.locator('#tab-evidence .audit-log li').allTextContents();
    expect(undoneLog).toEqual([expect.stringMatching(new RegExp(`^拒绝关系 · ${REVIEWER} · .*\\(已撤销\\)$`))]);
    for (const tie of rejected.filter((t) => t.target !== undone.target)) {
      // the project's neighbourhood is whole, so a tie missing from it is gone from the graph
      await page.goto(`${api.url}/?focus=${encodeURIComponent(tie.projectId ?? '')}`);
      await page.locator('#cy canvas').first().waitFor();
      await settled(page);
      const shown = await page.evaluate((id) => (window as unknown as { explorer: { cy: { getElementById(i: string): { length: number } } } }).explorer.cy.getElementById(id).length, tie.projectId ?? '');
      expect(shown).toBe(1);
      expect(await tiesInGraph(page)).not.toContain(label(tie));
    }
  });

  it('walks another queue: rejects a part of a programme with r, and it leaves the graph until u brings it back', async () => {
    await page.locator('#tabbtn-review').click();
    await tieOnScreen(page);
    await reviewIdle(page);
    await page.locator('#review-kind').selectOption('PART');
    await page.waitForFunction(() => document.getElementById('review-item')?.dataset.kind === 'PART', null, { timeout: 60_000 });
    await reviewIdle(page);
    await settled(page);
    const part = await tieOnScreen(page);
    expect(part.target).toBe(`HAS_PART:${part.project}→${part.slogan}`);
    expect(await eventually(() => markedTies(page), (m) => m.length === 1 && m[0] === label(part))).toEqual([label(part)]);
    await pressAndWait(page, 'r', part.target);
    await settled(page);
    expect(await eventually(() => tiesInGraph(page, 'HAS_PART'), (t) => !t.includes(label(part)))).not.toContain(label(part));
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`拒绝 · ${label(part)}`);
    await pressAndWait(page, 'u', (await tieOnScreen(page)).target);
    await settled(page);
    expect((await tieOnScreen(page)).target).toBe(part.target);
    expect(await eventually(() => tiesInGraph(page, 'HAS_PART'), (t) => t.includes(label(part)))).toContain(label(part));
  });

  it('renames a slogan in the evidence panel: the graph shows the new name, its log the rename under the reviewer’s name, and u undoes it', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('三个全域')}&sel=${encodeURIComponent('三个全域')}`);
    const field = page.locator('#edit-rename-to');
    await field.waitFor({ timeout: 30_000 });
    await settled(page);
    await field.fill('三个全域行动');
    await page.locator('#edit-rename').click();
    await page.waitForFunction(() => document.querySelector('#tab-evidence .ev-title')?.textContent === '三个全域行动', null, { timeout: 60_000 });
    await settled(page);
    const slogans = await page.evaluate(() => (window as unknown as { explorer: { cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } } }).explorer.cy.nodes('[type = "Slogan"]').map((n) => n.data('label')));
    expect(slogans).toContain('三个全域行动');
    expect(slogans).not.toContain('三个全域');
    await page.waitForFunction(() => !document.querySelector('#tab-evidence .audit-log')?.textContent?.includes('加载中'), null, { timeout: 15_000 });
    await expect(page.locator('#tab-evidence .audit-log li').allTextContents()).resolves.toEqual([expect.stringMatching(new RegExp(`^重命名 · ${REVIEWER} · `))]);
    // u in the Review tab undoes it: the graph shows the slogan under its old name again
    await page.locator('#tabbtn-review').click();
    await reviewIdle(page);
    await page.keyboard.press('u');
    await page.waitForFunction(() => document.querySelector('#review-trail li')?.textContent?.endsWith('(已撤销)'), null, { timeout: 60_000 });
    await reviewIdle(page);
    await settled(page);
    const after = await page.evaluate(() => (window as unknown as { explorer: { cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } } }).explorer.cy.nodes('[type = "Slogan"]').map((n) => n.data('label')));
    expect(after).toContain('三个全域');
    expect(after).not.toContain('三个全域行动');
  });

  it('splits an alias off a slogan in the evidence panel: it becomes a slogan of its own, and both logs say so', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&sel=${encodeURIComponent('全域美丽')}`);
    const aliases = page.locator('#tab-evidence .aliases li');
    await aliases.first().waitFor({ timeout: 30_000 });
    await settled(page);
    const alias = (await aliases.first().locator('span').textContent()) ?? '';
    await aliases.first().locator('button').click();
    await page.waitForFunction((a) => !Array.from(document.querySelectorAll('#tab-evidence .aliases li span')).some((s) => s.textContent === a)
      && !document.querySelector('#tab-evidence .audit-log')?.textContent?.includes('加载中'), alias, { timeout: 60_000 });
    await expect(page.locator('#tab-evidence .audit-log li').allTextContents()).resolves.toContainEqual(expect.stringMatching(new RegExp(`^拆出别名 · ${REVIEWER} · `)));
    await page.goto(`${api.url}/?focus=${encodeURIComponent(alias)}&sel=${encodeURIComponent(alias)}`);
    await page.waitForFunction((a) => document.querySelector('#tab-evidence .ev-title')?.textContent === a, alias, { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('#tab-evidence .audit-log')?.textContent?.includes('加载中'), null, { timeout: 15_000 });
    await expect(page.locator('#tab-evidence .audit-log li').allTextContents()).resolves.toContainEqual(expect.stringMatching(new RegExp(`^拆出别名 · ${REVIEWER} · `)));
  });

  it('signing out takes the review controls away and forgets the decisions', async () => {
    await page.locator('#signout').click();
    await page.locator('#signin-open').waitFor();
    expect(await tabNames(page)).toEqual(['证据', '机构', '扩散', '路径', 'Cypher', '文档']);
    expect(await page.locator('#tab-evidence button.edit').count()).toBe(0);
    await signIn(page, REVIEWER_TOKEN);
    await page.locator('#tabbtn-review').click();
    await tieOnScreen(page);
    await reviewIdle(page);
    await expect(page.locator('.review-trail').textContent()).resolves.toContain('还没有决定');
  });
});
