// What a reviewer does on the explorer's Review tab, as steps the specs share.
import type { Page } from 'playwright-core';

export interface TieOnScreen {
  target: string;
  project: string;
  slogan: string;
  /** FULFILS: the project's node, whose few links hold the tie however many the slogan has */
  projectId?: string;
}

/** Signs in through the top bar with a token; resolves once the page names who signed in. */
export async function signIn(page: Page, token: string): Promise<string> {
  await page.locator('#signin-open').click();
  await page.locator('#signin-token').fill(token);
  await page.locator('#signin-submit').click();
  await page.locator('#signin-who').waitFor({ timeout: 15_000 });
  return (await page.locator('#signin-who').textContent()) ?? '';
}

/** Waits until the Review tab has finished recording a decision and loading what comes next. */
export async function reviewIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('tab-review')?.getAttribute('aria-busy') !== 'true', null, { timeout: 60_000 });
}

/**
 * The fact the Review tab shows, as a reader sees it: for a tie its project and slogan, for a part its
 * programme and part. Read in one step from the card as it stands once a tie's card carries its
 * project's id, so that a card drawn again between two reads cannot mix two facts.
 */
export async function tieOnScreen(page: Page): Promise<TieOnScreen> {
  await page.locator('#review-item').waitFor({ timeout: 30_000 });
  const read = await page.waitForFunction(() => {
    const card = document.getElementById('review-item');
    if (!card || (card.dataset.kind === 'FULFILS' && !card.dataset.projectId)) return null;
    const text = (sel: string) => card.querySelector(sel)?.textContent ?? '';
    return { target: card.dataset.target ?? '', projectId: card.dataset.projectId, project: text('.tie-project, .item-a'), slogan: text('.tie-slogan, .item-b') };
  }, null, { timeout: 30_000 });
  return (await read.jsonValue()) as TieOnScreen;
}

/** Presses a decision key and waits until the tab shows a tie other than `from` (or the same one again, for undo). */
export async function pressAndWait(page: Page, key: string, from: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction((t) => {
    const tab = document.getElementById('tab-review');
    const shown = document.getElementById('review-item')?.dataset.target ?? document.getElementById('review-empty')?.textContent;
    return tab?.getAttribute('aria-busy') !== 'true' && shown !== t;
  }, from, { timeout: 60_000 });
  await reviewIdle(page);
}

interface Handle {
  explorer: { cy: { edges(sel?: string): { map<T>(f: (e: { source(): { data(k: string): string }; target(): { data(k: string): string }; data(k: string): string }) => T): T[] } } };
}

/** Relationships of a type drawn in the graph (FULFILS ties by default), as “source → target”. */
export function tiesInGraph(page: Page, type = 'FULFILS'): Promise<string[]> {
  return page.evaluate((t) => (window as unknown as Handle).explorer.cy.edges(`[type = "${t}"]`).map((e) => `${e.source().data('label')} → ${e.target().data('label')}`), type);
}

/** The tie the graph marks as under review. */
export function markedTies(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Handle).explorer.cy.edges('.review-tie').map((e) => `${e.source().data('label')} → ${e.target().data('label')}`));
}

/** The Review tab's progress line, e.g. 已接受 3 · 已拒绝 4 · 已跳过 2 · 待审 78. */
export async function progress(page: Page): Promise<Record<string, number>> {
  const text = (await page.locator('#review-progress').textContent()) ?? '';
  const n = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(text)?.[1] ?? NaN);
  return { accepted: n('已接受'), rejected: n('已拒绝'), skipped: n('已跳过'), left: n('待审') };
}
