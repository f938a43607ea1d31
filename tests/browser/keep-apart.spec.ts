// "Not the same" on a merge candidate is a correction (keep-apart): the pair leaves the candidates
// for every reviewer, in any browser, and u brings it back.
import { gql } from '../api/support/gql';
import { WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { openBrowser, type BrowserSession } from './support/chromium';
import { explorerSession } from './support/explorer-session';
import { reviewIdle, signIn } from './support/review-page';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

const FIRST = { name: '审校员丙', token: 'e2e-keep-apart-token-0123456789a' };
const SECOND = { name: '审校员丁', token: 'e2e-keep-apart-token-0123456789b' };
const session = explorerSession({ env: { API_REVIEWERS: `${FIRST.name}=${FIRST.token},${SECOND.name}=${SECOND.token}` } });
let api: ServedApi;
let page: Page;
let other: BrowserSession;
beforeAll(() => ({ api, page } = session));

/** Opens the merge candidates in the Review tab; returns the pair on screen (its ids) and its names. */
async function mergeCandidateShown(p: Page): Promise<{ pair: string; names: string[] }> {
  await p.locator('#tabbtn-review').click();
  await reviewIdle(p);
  await p.locator('#review-mode-merges').click();
  const card = p.locator('#merge-item');
  await card.waitFor({ timeout: 30_000 });
  await reviewIdle(p);
  return { pair: (await card.getAttribute('data-pair')) ?? '', names: await card.locator('.merge-name').allTextContents() };
}

async function firstCandidate(p: Page, token: string): Promise<{ pair: string; names: string[] }> {
  await p.goto(api.url + '/');
  await signIn(p, token);
  return mergeCandidateShown(p);
}

describe('not the same', () => {
  let kept: { pair: string; names: string[] };

  // the API stops after the file: what was corrected here is reverted before that
  afterAll(async () => {
    await other?.close();
    const log = await gql<{ corrections: { id: string; kind: string; status: string }[] }>(api.url, `{ corrections(author: "${FIRST.name}") { id kind status } }`);
    for (const c of (log.data?.corrections ?? []).filter((x) => x.status === 'active' && x.kind !== 'revert').reverse()) {
      await gql(api.url, 'mutation($id: ID!) { revertCorrection(id: $id, reason: "e2e") { id } }', { id: c.id }, { authorization: `Bearer ${WRITE_TOKEN}` });
    }
  });

  it('n records the pair as kept apart: the next pair shows, and the decision is on the list', async () => {
    kept = await firstCandidate(page, FIRST.token);
    expect(kept.names).toHaveLength(2);
    await page.keyboard.press('n');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair !== p, kept.pair, { timeout: 60_000 });
    await reviewIdle(page);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`不是同一个 · ${kept.names[0]} ⇢ ${kept.names[1]}`);
  });

  it('another reviewer in another browser is not offered the pair, and both names list it in their log', async () => {
    other = await openBrowser();
    const shown = await firstCandidate(other.page, SECOND.token);
    expect(shown.pair).not.toBe(kept.pair);
    for (const name of kept.names) {
      const log = await gql<{ corrections: { kind: string; author: string }[] }>(api.url, 'query($t: String) { corrections(target: $t) { kind author } }', { t: `Slogan:${name}` });
      expect(log.data?.corrections).toContainEqual({ kind: 'keep-apart', author: FIRST.name });
    }
    expect(other.errors).toEqual([]);
  });

  it('u undoes it: the pair is back on screen, and for the other reviewer too', async () => {
    await page.keyboard.press('u');
    await page.waitForFunction((p) => document.getElementById('merge-item')?.dataset.pair === p, kept.pair, { timeout: 60_000 });
    await reviewIdle(page);
    await expect(page.locator('#review-trail li').first().textContent()).resolves.toBe(`不是同一个 · ${kept.names[0]} ⇢ ${kept.names[1]} (已撤销)`);
    await other.page.reload();
    await expect(mergeCandidateShown(other.page)).resolves.toEqual(kept);
  });
});
