// English mode in Chromium against the real API and Neo4j holding the seeds: every tab, menu, dialog
// and message of the page reads in English, and only the data (names, titles, sentences) stays as written.
import type { Page } from 'playwright-core';
import { gqlData } from '../api/support/gql';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, settled, shot, textOnce } from './support/explorer-page';
import { chineseInterface, graphStrings, shownText, viewStrings, type LeftInChinese } from './support/interface-text';
import { reviewIdle } from './support/review-page';

jest.setTimeout(180_000);

const REVIEWER_TOKEN = 'e2e-english-reviewer-0123456789';
const session = explorerSession({ env: { API_REVIEWERS: `reviewer=${REVIEWER_TOKEN}` } });
let api: ServedApi;
let page: Page;
let data: string[] = [];
beforeAll(async () => {
  ({ api, page } = session);
  data = await graphStrings();
});

// A saved query's description quotes the word by which a report marks a target (力争…).
const QUOTED_WORDS = ['力争'];

/** Interface text the page shows in Chinese now, with what is left of it once the data is taken out. */
async function chineseOnScreen(): Promise<LeftInChinese[]> {
  return chineseInterface(await shownText(page), [...data, ...(await viewStrings(page)), ...QUOTED_WORDS]);
}

async function pickIn(input: string, text: string): Promise<void> {
  await page.locator(input).fill('');
  await page.locator(input).pressSequentially(text, { delay: 20 });
  await page.locator(`#${input.slice(1)}-list li[role=option]`, { hasText: text }).first().click();
}

describe('English mode', () => {
  it('tells an interface string left in Chinese from the data around it', async () => {
    await page.goto(`${api.url}/?focus=330113004&sel=330113004&lang=en`);
    await settled(page);
    expect(data).toEqual(expect.arrayContaining(['星桥街道', '全域美丽', '垃圾减量']));
    // a button, a tooltip, a menu option and a heading around a name, each put back into Chinese
    await page.locator('#btn-fit').evaluate((el) => (el.textContent = '适应窗口'));
    await page.locator('#btn-undo').evaluate((el) => ((el as HTMLElement).title = '撤销'));
    await page.locator('#layout-select option[value=dagre]').evaluate((el) => (el.textContent = '层级'));
    await page.locator('#tab-evidence .ev-title').evaluate((el) => (el.textContent = '星桥街道的证据'));
    const left = await chineseOnScreen();
    expect(left.map((l) => l.left)).toEqual(expect.arrayContaining(['适应窗口', '撤销', '层级', '的证据']));
    expect(left.find((l) => l.left === '的证据')?.text).toBe('星桥街道的证据');
  });

  it('the empty page, its filters, legend and menus, and the search suggestions', async () => {
    await page.goto(`${api.url}/?lang=en`);
    await page.locator('#cy canvas').first().waitFor();
    await expect(textOnce(page, '#status', 'Search above, e.g. “全域美丽”, to start exploring')).resolves.toBe('Search above, e.g. “全域美丽”, to start exploring');
    expect(await chineseOnScreen()).toEqual([]);
    await expect(page.title()).resolves.toBe('Policy graph explorer · policy-graph');
    await expect(page.locator('#legend li[data-legend="FULFILS"]').textContent()).resolves.toBe('project fulfils slogan (FULFILS)');
    await page.locator('#search').pressSequentially('垃圾减量', { delay: 20 });
    await page.locator('#search-list li[role=option]', { hasText: '实现垃圾减量7000吨' }).first().waitFor({ timeout: 15_000 });
    await expect(page.locator('#search-list li[role=option]').first().textContent()).resolves.toBe('Outcome实现垃圾减量7000吨Outcome, achieved, 2019, 星桥街道');
    expect(await chineseOnScreen()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('a place with its evidence, properties and connections, and a relationship’s evidence', async () => {
    await page.goto(`${api.url}/?focus=330113004&sel=330113004&lang=en`);
    await settled(page);
    await page.locator('#tab-evidence .evidence-list .sentence').first().waitFor();
    expect(await chineseOnScreen()).toEqual([]);
    await page.locator('#tab-evidence .links button', { hasText: '星桥街道 → 全域美丽 (ADOPTS)' }).first().click();
    await textOnce(page, '#tab-evidence .ev-title', '星桥街道 → 全域美丽');
    await page.locator('#tab-evidence .evidence-list .sentence').first().waitFor();
    expect(await chineseOnScreen()).toEqual([]);
  });

  it('the body page', async () => {
    await page.goto(`${api.url}/?focus=330113004&sel=330113004&lang=en`);
    await settled(page);
    await page.locator('#open-body').click();
    await page.waitForFunction(() => document.getElementById('tab-body')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
    await page.locator('#body-outcomes tbody tr').first().waitFor();
    expect(await chineseOnScreen()).toEqual([]);
    await shot(page, 'english-body');
  });

  it('the diffusion view: map, key, coverage strip, curves and adopters', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}&tab=diffusion&lang=en`);
    await page.locator('.diffusion-map-canvas canvas').waitFor({ timeout: 30_000 });
    await page.locator('.coverage-strip tr[data-region]').first().waitFor({ timeout: 30_000 });
    await page.locator('#tab-diffusion g.adopter').first().waitFor({ timeout: 30_000 });
    await settled(page);
    expect(await chineseOnScreen()).toEqual([]);
    await shot(page, 'english-diffusion');
  });

  it('a trace', async () => {
    await page.locator('#tabbtn-trace').click();
    await pickIn('#trace-from', '星动巴士');
    await pickIn('#trace-to', '三个全域');
    await page.locator('#trace-run').click();
    await page.locator('#trace-result ol li').first().waitFor({ timeout: 30_000 });
    await settled(page);
    expect(await chineseOnScreen()).toEqual([]);
  });

  it('the Cypher console: saved queries, a result and a refused query', async () => {
    await page.locator('#tabbtn-cypher').click();
    await page.locator('#saved-queries option', { hasText: 'diffusion/trace-slogan-diffusion' }).waitFor({ state: 'attached' });
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result table.result').waitFor({ timeout: 30_000 });
    expect(await chineseOnScreen()).toEqual([]);
    await page.locator('#cypher-input').fill('CREATE (n:Intruder {name: "x"}) RETURN n');
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result .error').waitFor({ timeout: 30_000 });
    expect(await chineseOnScreen()).toEqual([]);
    const saved = page.locator('#saved-queries option[value="diffusion/trace-slogan-diffusion"]');
    const refusal = page.locator('#cypher-result .error');
    expect(await saved.textContent()).toBe(
      'diffusion/trace-slogan-diffusion — Diffusion of a slogan: every body that adopted it, in which years, where it sits, and who came first.',
    );
    expect(await refusal.textContent()).toMatch(
      /^Error \[CYPHER_REJECTED\]: Query refused \(WRITE_CLAUSE\): the console only reads the graph, it cannot write to it \(the server says: Query rejected \(WRITE_CLAUSE\): .*CREATE/,
    );
  });

  it('the Cypher console switched to Chinese: the saved query described and the refusal worded in Chinese', async () => {
    await page.locator('#lang-toggle').click();
    const saved = page.locator('#saved-queries option[value="diffusion/trace-slogan-diffusion"]');
    const described = '口号的扩散：采用它的每个主体、采用年份、所在位置，以及谁最先采用。';
    expect(await eventually(() => saved.textContent(), (text) => text !== null && text.includes(described), 3_000)).toBe(`diffusion/trace-slogan-diffusion — ${described}`);
    const chineseRefusal = /^错误 \[CYPHER_REJECTED\]: 查询被拒绝（WRITE_CLAUSE）：控制台只能读取图谱，不能写入（服务器说明：Query rejected \(WRITE_CLAUSE\): .*CREATE/;
    expect(await page.locator('#cypher-result .error').textContent()).toMatch(chineseRefusal);
    // a refusal met in Chinese reads the same as one switched to it
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result .error').waitFor({ timeout: 30_000 });
    expect(await page.locator('#cypher-result .error').textContent()).toMatch(chineseRefusal);
  });

  it('a document with its mentions, opened in English or switched to it', async () => {
    const { cypher } = await gqlData<{ cypher: { rows: [string][] } }>(api.url, 'query($q: String!) { cypher(query: $q) { rows } }', {
      q: "MATCH (d:Document)-[:REPORTS_ON]->(:Place {id: '330113004'}) RETURN d.id LIMIT 1",
    });
    await page.goto(`${api.url}/?tab=document&doc=${cypher.rows[0][0]}&lang=en`);
    await page.locator('#tab-document .doc-text mark').first().waitFor({ timeout: 30_000 });
    expect(await chineseOnScreen()).toEqual([]);
    await page.goto(`${api.url}/?tab=document&doc=${cypher.rows[0][0]}`);
    await page.locator('#tab-document .doc-text mark').first().waitFor({ timeout: 30_000 });
    await page.locator('#lang-toggle').click();
    expect(await eventually(chineseOnScreen, (l) => l.length === 0, 3_000)).toEqual([]);
  });

  it('a year range with nothing in it', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&lang=en`);
    await settled(page);
    await page.locator('#year-from').fill('2030');
    await page.locator('#year-from').dispatchEvent('change');
    const status = await eventually(() => page.locator('#status').textContent(), (text) => Boolean(text));
    expect(status).toMatch(/2030/);
    expect(await chineseOnScreen()).toEqual([]);
  });

  it('switched to from Chinese, relabels what each tab already shows', async () => {
    await page.goto(`${api.url}/?focus=330113004&sel=330113004&slogan=${encodeURIComponent('全域美丽')}`);
    await settled(page);
    await page.locator('#tab-evidence .evidence-list .sentence').first().waitFor();
    const level = () => page.locator('#tab-evidence .props dt[data-key=level], #tab-evidence .props dt[data-key=level] + dd').allTextContents();
    await expect(level()).resolves.toEqual(['级别', '街道/镇']);
    await page.locator('#tabbtn-trace').click();
    await pickIn('#trace-from', '星动巴士');
    await pickIn('#trace-to', '三个全域');
    await page.locator('#trace-run').click();
    await page.locator('#trace-result ol li').first().waitFor({ timeout: 30_000 });
    await page.locator('#tabbtn-cypher').click();
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result table.result').waitFor({ timeout: 30_000 });
    await page.locator('#tabbtn-diffusion').click();
    await page.locator('#tab-diffusion g.adopter').first().waitFor({ timeout: 30_000 });
    await page.locator('#lang-toggle').click();
    await textOnce(page, '#tabbtn-evidence', 'Evidence');
    const left: Record<string, LeftInChinese[]> = {};
    for (const tab of ['evidence', 'trace', 'cypher', 'diffusion']) {
      await page.locator(`#tabbtn-${tab}`).click();
      left[tab] = await eventually(chineseOnScreen, (l) => l.length === 0, 3_000);
    }
    expect(left).toEqual({ evidence: [], trace: [], cypher: [], diffusion: [] });
    // the curves are drawn on a canvas: their axis and line names, as the chart holds them
    const curves = await page.evaluate(() => (window as unknown as { levelCurves: { drawn(): { series: { name: string }[] } | null } }).levelCurves.drawn());
    expect(curves?.series.map((c) => c.name)).toEqual(['Street']);
    await page.locator('#tabbtn-evidence').click();
    expect(await eventually(level, (l) => l[0] === 'Level')).toEqual(['Level', 'street/town']);
  });

  it('signing in, the Review tab and the Upload tab', async () => {
    await page.goto(`${api.url}/?lang=en`);
    await page.locator('#signin-open').click();
    await page.locator('#signin-token').waitFor();
    expect(await chineseOnScreen()).toEqual([]);
    await page.locator('#signin-token').fill(REVIEWER_TOKEN);
    await page.locator('#signin-submit').click();
    await page.locator('#signin-who').waitFor({ timeout: 15_000 });
    await page.locator('#tabbtn-review').click();
    await page.locator('#review-item, #review-empty').first().waitFor({ timeout: 30_000 });
    await reviewIdle(page);
    expect(await chineseOnScreen()).toEqual([]);
    // eight tabs at 1280 px: each label whole and inside the panel, none cut off
    const cut = await page.locator('.tabs[role=tablist] button[role=tab]:visible').evaluateAll((buttons) => {
      const bar = (buttons[0].parentElement as HTMLElement).getBoundingClientRect();
      return buttons
        .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > bar.right + 1 || b.getBoundingClientRect().left < bar.left - 1)
        .map((b) => b.textContent);
    });
    expect(cut).toEqual([]);
    await shot(page, 'english-review');
    await page.locator('#tabbtn-upload').click();
    await page.locator('#upload-drop').waitFor();
    expect(await chineseOnScreen()).toEqual([]);
  });
});
