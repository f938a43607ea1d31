// Adding a FULFILS tie from the text: a reviewer selects a sentence in the document tab, names the
// project and the slogan, and the graph shows the new tie with that sentence as its evidence.
// A reader is never offered it.
import type { Page } from 'playwright-core';
import { gql } from '../api/support/gql';
import { WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { settled, shot } from './support/explorer-page';
import { signIn, tiesInGraph } from './support/review-page';

jest.setTimeout(300_000);

const REVIEWER = '审校员戊';
const REVIEWER_TOKEN = 'e2e-add-tie-token-0123456789abcd';
const session = explorerSession({ env: { API_REVIEWERS: `${REVIEWER}=${REVIEWER_TOKEN}` } });
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

interface Untied {
  doc: string;
  project: string;
  slogan: string;
  /** the sentence of the project's first mention in the document */
  sentence: { start: number; end: number; text: string };
}

const SENTENCE_END = /[。！？；\n]/;

/**
 * A project and a slogan that one seed document mentions and that no tie joins, with a sentence naming
 * the project (other spec files of the run may have loaded other documents; the seeds are always there).
 */
async function untiedPair(): Promise<Untied> {
  const q = `MATCH (d:Document)-[:MENTIONS]->(p:Project), (d)-[:MENTIONS]->(s:Slogan)
    WHERE d.file =~ '(.*/)?[0-9]{3}_[0-9a-f]{16}[.]txt' AND NOT EXISTS { (p)-[:FULFILS]->(s) } AND COUNT { (s)--() } < 30 AND size(s.id) >= 3
    RETURN d.id, p.name, s.id ORDER BY d.id, p.name, s.id LIMIT 1`;
  const rows = (await gql<{ cypher: { rows: string[][] } }>(api.url, 'query($q: String!) { cypher(query: $q) { rows } }', { q })).data?.cypher.rows ?? [];
  const [doc, project, slogan] = rows[0];
  const res = await gql<{ document: { text: string; mentions: { name: string; type: string; start: number }[] } }>(api.url,
    'query($id: ID!) { document(id: $id) { text mentions { name type start } } }', { id: doc });
  const { text, mentions } = res.data?.document as { text: string; mentions: { name: string; type: string; start: number }[] };
  const at = Math.min(...mentions.filter((m) => m.type === 'Project' && m.name === project).map((m) => m.start));
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '')) end++;
  while (/\s/.test(text[start])) start++;
  while (/\s/.test(text[end - 1])) end--;
  return { doc, project, slogan, sentence: { start, end, text: text.slice(start, end) } };
}

/** Selects [start, end) of the document's text with the mouse, as a reader drags over it. */
async function dragOver(p: Page, start: number, end: number): Promise<void> {
  const points = await p.evaluate(([from, to]) => {
    const body = document.querySelector('#tab-document .doc-text') as HTMLElement;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const charAt = (offset: number) => {
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < at + length) {
          const range = document.createRange();
          range.setStart(node, offset - at);
          range.setEnd(node, offset - at + 1);
          return range;
        }
        at += length;
      }
      throw new Error(`offset ${offset} is past the text`);
    };
    const first = charAt(from);
    walker.currentNode = body;
    (first.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const last = charAt(to - 1);
    const a = first.getClientRects()[0];
    const b = last.getClientRects()[0];
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, [start, end]);
  await p.mouse.move(points.x1, points.y1);
  await p.mouse.down();
  await p.mouse.move(points.x2, points.y2, { steps: 8 });
  await p.mouse.up();
}

const documentTab = (doc: string) => `${api.url}/?tab=document&doc=${doc}`;

describe('adding a tie from the text', () => {
  let pair: Untied;

  // the API stops after the file: what was corrected here is reverted before that
  afterAll(async () => {
    const log = await gql<{ corrections: { id: string; kind: string; status: string }[] }>(api.url, `{ corrections(author: "${REVIEWER}") { id kind status } }`);
    for (const c of (log.data?.corrections ?? []).filter((x) => x.status === 'active' && x.kind !== 'revert').reverse()) {
      await gql(api.url, 'mutation($id: ID!) { revertCorrection(id: $id, reason: "e2e") { id } }', { id: c.id }, { authorization: `Bearer ${WRITE_TOKEN}` });
    }
  });

  it('is not offered to a reader, even with text selected', async () => {
    pair = await untiedPair();
    await page.goto(documentTab(pair.doc));
    await page.locator('#tab-document .doc-text').waitFor({ timeout: 30_000 });
    await dragOver(page, pair.sentence.start, pair.sentence.end);
    await expect(page.evaluate(() => getSelection()?.toString().trim())).resolves.toBe(pair.sentence.text);
    expect(await page.locator('#add-tie, #add-tie-open').count()).toBe(0);
  });

  it('a reviewer selects a sentence, names project and slogan, and sees the new tie in the graph with that sentence as evidence', async () => {
    await page.goto(api.url + '/');
    await signIn(page, REVIEWER_TOKEN);
    await page.goto(documentTab(pair.doc));
    await page.locator('#tab-document .doc-text').waitFor({ timeout: 30_000 });
    await expect(page.locator('#add-tie-hint').isVisible()).resolves.toBe(true);
    await dragOver(page, pair.sentence.start, pair.sentence.end);
    await page.locator('#add-tie-open').click();
    await expect(page.locator('#add-tie-form .add-tie-quote').textContent()).resolves.toBe(pair.sentence.text);
    // the first project the sentence mentions is filled in from the graph
    const suggested = await page.locator('#add-tie-project').inputValue();
    expect(suggested.length).toBeGreaterThan(0);
    expect(pair.sentence.text).toContain(suggested);
    if (suggested !== pair.project) {
      await page.locator('#add-tie-project').fill(pair.project);
      await page.locator('#add-tie-project').press('Escape');
    }
    await page.locator('#add-tie-slogan').fill(pair.slogan);
    await page.locator('#add-tie-slogan').press('Escape');
    await shot(page, '30-add-tie');
    await page.locator('#add-tie-save').click();
    await page.waitForFunction((title) => document.querySelector('#tab-evidence .ev-title')?.textContent === title, `${pair.project} → ${pair.slogan}`, { timeout: 60_000 });
    await settled(page);
    expect(await tiesInGraph(page)).toContain(`${pair.project} → ${pair.slogan}`);
    await expect(page.locator('#tabbtn-evidence').getAttribute('aria-selected')).resolves.toBe('true');
    await page.locator('#tab-evidence .sentence mark.focus').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('#tab-evidence .sentence mark.focus').allTextContents()).resolves.toContain(pair.sentence.text);
    await page.waitForFunction(() => !document.querySelector('#tab-evidence .audit-log')?.textContent?.includes('加载中'), null, { timeout: 15_000 });
    await expect(page.locator('#tab-evidence .audit-log li').allTextContents()).resolves.toEqual([expect.stringMatching(new RegExp(`^新增落实关系 · ${REVIEWER} · `))]);
    await shot(page, '31-added-tie');
  });
});
