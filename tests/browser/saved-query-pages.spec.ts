// A saved query's long answer in the Cypher tab, in headless Chromium against the real API and a real
// Neo4j: the first page at once with the count of every row, the next and previous pages, and all
// the rows in the CSV. 淳安县 sets 25 targets for one metric in 2019 and gives 25 results in 2021,
// so targets met by results are 625 rows.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildDocumentRows, deleteDocuments, loadGazetteer, writeDocuments, type Neo4jExecutor } from '@policy-graph/graph';
import { codeOf, gql, gqlData } from '../api/support/gql';
import { handExtraction, type HandDocument } from '../graph/support/hand-extraction';
import { connectTestExecutor } from '../support/executor';
import { explorerSession } from './support/explorer-session';
import { eventually } from './support/explorer-page';

jest.setTimeout(180_000);

const session = explorerSession({ openPage: true });
let page: Page;
let executor: Neo4jExecutor;

const CHUN_AN = { district: '淳安县', city: '杭州市', province: '浙江省' };
const NAME = 'outcomes/match-achieved-targets';
const PARAMS = { place: '淳安县' };

function report(year: number, status: 'target' | 'achieved'): HandDocument {
  const stated = Array.from({ length: 25 }, (_, i) => (status === 'target' ? `力争松岭绿道达到${i + 1}公里` : `松岭绿道建成${101 + i}公里`));
  return {
    text: `${stated.join('，')}。`,
    year,
    subject: CHUN_AN,
    outcomes: stated.map((text, i) => ({ value: status === 'target' ? i + 1 : 101 + i, unit: '公里', status, metric: '松岭绿道', text, project: null })),
  };
}

const docs = [report(2019, 'target'), report(2021, 'achieved')].map((doc, i) => buildDocumentRows(handExtraction(doc), { sourceKey: `hand/chunan-${i}`, gazetteer: loadGazetteer() }));
const cells = (row: unknown[]) => row.map((v) => (v === null ? '' : String(v)));

/** What the result says of its rows, once it matches `expected` (or after 30 s, whatever it is then). */
const countText = (page: Page, expected: RegExp) =>
  eventually(() => page.locator('#cypher-count').textContent(), (text) => expected.test(text ?? ''), 30_000);

/** The rows of the result table, each as its cells' text. */
const tableRows = (page: Page) =>
  page.locator('#cypher-result table.result tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));

let whole: unknown[][];

beforeAll(async () => {
  page = session.page;
  executor = connectTestExecutor();
  await writeDocuments(executor, docs);
  // the whole answer, as the API gives it unpaged
  const answer = await gqlData<{ runSavedQuery: { rows: unknown[][]; rowCount: number; totalCount: number | null } }>(
    session.api.url,
    `query($name: String!, $params: JSON) { runSavedQuery(name: $name, params: $params) { rows rowCount totalCount } }`,
    { name: NAME, params: PARAMS },
  );
  expect(answer.runSavedQuery).toMatchObject({ rowCount: 625, totalCount: null });
  whole = answer.runSavedQuery.rows;
});

afterAll(async () => {
  await deleteDocuments(executor, docs.map((d) => d.doc.id));
  await executor?.close();
});

describe('a saved query with more rows than the table shows', () => {
  it('shows the first 500 rows and the count of all, then the next and the previous page', async () => {
    await page.locator('#tabbtn-cypher').click();
    await page.locator('#saved-queries option', { hasText: NAME }).waitFor({ state: 'attached' });
    await page.locator('#saved-queries').selectOption(NAME);
    await page.locator('#cypher-params').fill(JSON.stringify(PARAMS));
    await page.locator('#cypher-run').click();
    await expect(countText(page, /^第 1–500 行，共 625 行 · \d+ ms$/)).resolves.toMatch(/^第 1–500 行，共 625 行 · \d+ ms$/);
    expect(await tableRows(page)).toEqual(whole.slice(0, 500).map(cells));
    expect(whole[0]).toEqual(['淳安县', '松岭绿道', '力争松岭绿道达到10公里', 2019, 10, '松岭绿道建成101公里', 2021, 101, '千米', true]);
    await expect(page.locator('#cypher-previous').count()).resolves.toBe(0);

    await page.locator('#cypher-next', { hasText: '下 125 行' }).click();
    await expect(countText(page, /^第 501–625 行，共 625 行 /)).resolves.toMatch(/^第 501–625 行，共 625 行 /);
    expect(await tableRows(page)).toEqual(whole.slice(500).map(cells));
    await expect(page.locator('#cypher-next').count()).resolves.toBe(0);

    await page.locator('#cypher-previous', { hasText: '上 500 行' }).click();
    await expect(countText(page, /^第 1–500 行，共 625 行 /)).resolves.toMatch(/^第 1–500 行，共 625 行 /);
    expect(await tableRows(page)).toEqual(whole.slice(0, 500).map(cells));
  });

  it('exports every row as CSV, not only the page shown', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#cypher-result button', { hasText: 'CSV' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 625);
    expect(lines[0]).toBe('body,metric,target,targetYear,targetValue,achieved,achievedYear,achievedValue,baseUnit,met');
    expect(lines[625]).toBe(cells(whole[624]).join(','));
  });

  it('answers any page with the count of all rows, and refuses a page of no rows', async () => {
    const query = `query($name: String!, $params: JSON, $first: Int, $offset: Int) { runSavedQuery(name: $name, params: $params, first: $first, offset: $offset) { rows rowCount offset totalCount truncated } }`;
    const tail = await gqlData<{ runSavedQuery: { rows: unknown[][]; rowCount: number; offset: number; totalCount: number; truncated: boolean } }>(session.api.url, query, { name: NAME, params: PARAMS, first: 200, offset: 600 });
    expect(tail.runSavedQuery).toEqual({ rows: whole.slice(600), rowCount: 25, offset: 600, totalCount: 625, truncated: false });
    expect(codeOf(await gql(session.api.url, query, { name: NAME, params: PARAMS, first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(session.api.url, query, { name: NAME, params: PARAMS, first: 10, offset: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('gives every saved query page by page as it gives it whole', async () => {
    const url = session.api.url;
    const { savedQueries } = await gqlData<{ savedQueries: { name: string; params: string[] }[] }>(url, '{ savedQueries { name params } }');
    const values: Record<string, unknown> = { place: '星桥街道', slogan: '全域美丽', year: 2019, previousYear: 2018 };
    const query = `query($name: String!, $params: JSON, $first: Int, $offset: Int) { runSavedQuery(name: $name, params: $params, first: $first, offset: $offset) { columns rows rowCount totalCount } }`;
    type Answer = { runSavedQuery: { columns: string[]; rows: unknown[][]; rowCount: number; totalCount: number | null } };
    let rows = 0;
    for (const { name, params } of savedQueries) {
      const variables = { name, params: Object.fromEntries(params.map((p) => [p, name === NAME ? PARAMS.place : values[p]])) };
      const all = (await gqlData<Answer>(url, query, variables)).runSavedQuery;
      // pages smaller than most answers, so they come in several
      const size = all.rowCount > 100 ? 97 : 3;
      const pages: unknown[][] = [];
      for (let offset = 0; ; offset += size) {
        const page = (await gqlData<Answer>(url, query, { ...variables, first: size, offset })).runSavedQuery;
        expect({ name, columns: page.columns, totalCount: page.totalCount }).toEqual({ name, columns: all.columns, totalCount: all.rowCount });
        pages.push(...page.rows);
        if (page.rowCount < size) break;
      }
      expect({ name, rows: pages }).toEqual({ name, rows: all.rows });
      rows += all.rowCount;
    }
    expect(rows).toBeGreaterThan(625);
  });
});
