// What a researcher does on the explorer, as steps the specs share.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const OUTPUT = resolve(__dirname, '../../../test-output');

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Types into the search box, waits for the suggestion and picks it. */
export async function searchAndPick(page: Page, text: string, pick = text): Promise<void> {
  const input = page.locator('#search');
  await input.fill('');
  await input.pressSequentially(text, { delay: 30 });
  const option = page.locator('#search-list li[role=option]', { hasText: pick }).first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  await page.waitForFunction(() => document.getElementById('status')?.textContent === '', null, { timeout: 30_000 });
}

interface Handle {
  explorer: { cy: { nodes(): { map<T>(f: (n: { data(k: string): string; id(): string; hasClass(c: string): boolean }) => T): T[] }; edges(): { map<T>(f: (e: { source(): { data(k: string): string }; target(): { data(k: string): string }; data(k: string): string }) => T): T[] } } };
}

export function nodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Handle).explorer.cy.nodes().map((n) => n.data('label')));
}

export function edgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Handle).explorer.cy.edges().map((e) => `${e.source().data('label')} -${e.data('type')}-> ${e.target().data('label')}`));
}

/** Labels of nodes the year slider currently fades out. */
export function futureNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Handle).explorer.cy.nodes().map((n) => (n.hasClass('future') ? n.data('label') : '')).filter(Boolean));
}

interface CyHandle {
  explorer: { cy: { nodes(sel?: string): { length: number; filter(f: (n: CyNode) => boolean): { length: number; first(): CyNode } } } };
}
interface CyNode {
  data(k: string): string;
  renderedPosition(): { x: number; y: number };
}

/** Where a node with this label sits on the page, for real mouse clicks. */
export async function nodeOnScreen(page: Page, label: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#cy').boundingBox();
  const pos = await page.evaluate((l) => {
    const nodes = (window as unknown as CyHandle).explorer.cy.nodes().filter((n) => n.data('label') === l);
    return nodes.length ? nodes.first().renderedPosition() : null;
  }, label);
  if (!box || !pos) throw new Error(`node ${label} is not on screen`);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

export function visibleNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as CyHandle).explorer.cy.nodes(':visible').length);
}

export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as CyHandle).explorer.cy.nodes().length);
}

/**
 * Reads the page until the reading satisfies `ok` or `timeoutMs` has passed, and returns the last
 * reading: a loaded machine can take a while to apply a click, so a spec asserts on what the page
 * shows once it has caught up, and a failure still names what it showed.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An element's text once it equals `expected` (or after 10 s, whatever it is then). */
export function textOnce(page: Page, selector: string, expected: string): Promise<string | null> {
  return eventually(() => page.locator(selector).first().textContent(), (text) => text === expected);
}

/** Waits until no request is loading and the layout has settled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('status')?.textContent?.match(/加载中|Loading/), null, { timeout: 30_000 });
  await page.waitForTimeout(600);
}
