// A scanned PDF on screen: the document tab draws its page breaks and says which pages were read by
// OCR, and an outcome stated on the scanned page says "p. 2" beside its sentence, in the evidence
// panel and on the body page.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { gqlData } from '../api/support/gql';
import type { ServedApi } from '../api/support/serve';
import { kgIngest } from '../graph/support/seeds';
import { explorerSession } from './support/explorer-session';
import { settled } from './support/explorer-page';

jest.setTimeout(300_000);

const SCAN = resolve(__dirname, '../../libs/text/src/read/fixtures/xingqiao-2019-scan.pdf');
const scanId = createHash('sha256').update(readFileSync(SCAN)).digest('hex');
const session = explorerSession();
let api: ServedApi;
let page: Page;
let folder: string;
let outcome: { id: string; body: { id: string } };

beforeAll(async () => {
  ({ api, page } = session);
  folder = join(mkdtempSync(join(tmpdir(), 'policy-graph-scan-')), 'scans');
  mkdirSync(folder);
  copyFileSync(SCAN, join(folder, 'xingqiao-2019-scan.pdf'));
  const summary = await kgIngest([folder]);
  expect(summary.failed).toEqual([]);
  // 街道投入36万元资金, on the scanned page
  const found = await gqlData<{ cypher: { rows: [string, string][] } }>(api.url, 'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { rows } }', {
    q: "MATCH (o:Outcome {value: 36, unit: '万元'})-[:REPORTED_IN]->(d:Document {id: $id})-[:REPORTS_ON]->(b) RETURN o.id, b.id",
    p: { id: scanId },
  });
  const [id, body] = found.cypher.rows[0];
  outcome = { id, body: { id: body } };
}, 300_000);

afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

it('draws the page break of the scanned PDF and names the page OCR read, keeping the text whole for selections', async () => {
  await page.goto(`${api.url}/?tab=document&doc=${scanId}&lang=en`);
  const breakMark = page.locator('#tab-document .doc-text .page-break');
  await breakMark.waitFor({ timeout: 30_000 });
  await expect(breakMark.count()).resolves.toBe(1);
  await expect(breakMark.getAttribute('data-page')).resolves.toBe('2');
  const label = await breakMark.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(label).toBe('"p. 2"');
  await expect(page.locator('#tab-document .doc-about').textContent()).resolves.toMatch(/2 pages · read by OCR: p\. 2/);
  const { document } = await gqlData<{ document: { text: string } }>(api.url, 'query($id: ID!) { document(id: $id) { text } }', { id: scanId });
  await expect(page.locator('#tab-document .doc-text').evaluate((el) => el.textContent)).resolves.toBe(document.text);
});

it('says p. 2 beside the sentence of an outcome stated on the scanned page', async () => {
  await page.goto(`${api.url}/?focus=${encodeURIComponent(outcome.id)}&sel=${encodeURIComponent(outcome.id)}&lang=en`);
  await settled(page);
  const ref = page.locator('#tab-evidence .page-ref').first();
  await ref.waitFor({ timeout: 30_000 });
  await expect(ref.textContent()).resolves.toBe('p. 2 ');
  await page.goto(`${api.url}/?tab=body&body=${encodeURIComponent(outcome.body.id)}&lang=en`);
  const row = page.locator(`#body-outcomes tr[data-outcome="${outcome.id}"]`);
  await row.waitFor({ timeout: 30_000 });
  await expect(row.locator('.page-ref').textContent()).resolves.toBe(' p. 2');
});
