// The explorer in headless Chromium against the real API and a real Neo4j holding the seeds.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, shot, searchAndPick, nodeLabels, edgeLabels, futureNodes } from './support/explorer-page';

jest.setTimeout(180_000);


const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

describe('the explorer', () => {
  it('loads with the graph canvas, the empty state and no console errors', async () => {
    await page.goto(api.url + '/');
    await page.locator('#cy canvas').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('政策图谱探索');
    await expect(page.locator('#status').textContent()).resolves.toContain('全域美丽');
    await shot(page, '01-empty');
  });

  it('finds 全域美丽 by search and shows 星桥街道 and 新街街道 connected to it', async () => {
    await searchAndPick(page, '全域美丽');
    const nodes = ['全域美丽', '星桥街道', '新街街道'];
    expect(await eventually(() => nodeLabels(page), (l) => nodes.every((n) => l.includes(n)))).toEqual(expect.arrayContaining(nodes));
    const ties = ['星桥街道 -ADOPTS-> 全域美丽', '新街街道 -ADOPTS-> 全域美丽'];
    expect(await eventually(() => edgeLabels(page), (e) => ties.every((t) => e.includes(t)))).toEqual(expect.arrayContaining(ties));
    const connections = /星桥街道 → 全域美丽[\s\S]*|新街街道 → 全域美丽/;
    expect(await eventually(() => page.locator('#tab-evidence .links').textContent(), (text) => connections.test(text ?? ''))).toMatch(connections);
    expect(await eventually(async () => page.url(), (url) => url.includes('focus='))).toContain('focus=');
    await shot(page, '02-search-全域美丽');
  });

  it('plays the year slider: 星桥街道 in 2019 before 新街街道 in 2024', async () => {
    await expect(page.locator('#timeline').isVisible()).resolves.toBe(true);
    await page.locator('#play').click();
    const seen: string[] = [];
    let at2019: string[] = [];
    const deadline = Date.now() + 20_000;
    while (!seen.includes('2024') && Date.now() < deadline) {
      const year = (await page.locator('#year-label').textContent()) ?? '';
      if (year && seen[seen.length - 1] !== year) seen.push(year);
      if (year === '2019' && !at2019.length) {
        at2019 = await futureNodes(page);
        await expect(page.locator('#year-summary').textContent()).resolves.toContain('星桥街道');
        await shot(page, '03-diffusion-2019');
      }
      await page.waitForTimeout(100);
    }
    expect(seen.indexOf('2019')).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf('2019')).toBeLessThan(seen.indexOf('2024'));
    expect(at2019).toContain('新街街道');
    expect(at2019).not.toContain('星桥街道');
    expect(await futureNodes(page)).toEqual([]);
    await page.locator('#tabbtn-diffusion').click();
    expect(await eventually(() => page.locator('#tab-diffusion svg').count(), (n) => n === 1)).toBe(1);
    await shot(page, '03-diffusion-2024');
  });

  it('groups the diffusion by province: 浙江省 holds 星桥街道 and 新街街道', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}&tab=diffusion`);
    const grouping = page.locator('#tab-diffusion select.grouping');
    await grouping.waitFor({ timeout: 30_000 });
    await expect(grouping.locator('option').allTextContents()).resolves.toEqual(['按区县', '按城市', '按省份']);
    const districts = await eventually(() => diffusionGroups(page), (g) => '余杭区' in g && '萧山区' in g);
    expect(Object.keys(districts)).toEqual(expect.arrayContaining(['余杭区', '萧山区']));
    await grouping.selectOption('province');
    const groups = await eventually(() => diffusionGroups(page), (g) => '浙江省' in g);
    expect(groups['浙江省']).toEqual(expect.arrayContaining(['星桥街道', '新街街道']));
    expect(Object.keys(groups)).not.toContain('萧山区');
    await shot(page, '03-diffusion-by-province');
  });

  it('opens the evidence for 星动巴士 → 全域创新 and the document with the mention highlighted', async () => {
    await searchAndPick(page, '星动巴士');
    await page.locator('#tab-evidence .links button', { hasText: '星动巴士 → 全域创新' }).click();
    const mark = page.locator('#tab-evidence .sentence mark.focus').first();
    await mark.waitFor();
    const sentence = await mark.textContent();
    expect(sentence).toContain('星动巴士');
    expect(sentence).toContain('全域创新');
    await shot(page, '04-evidence-星动巴士-全域创新');
    await page.locator('#tab-evidence button.open-doc').first().click();
    const focus = page.locator('#tab-document mark.focus');
    await focus.waitFor();
    await expect(focus.textContent()).resolves.toContain('星动巴士');
    expect(await page.locator('#tab-document mark.m-slogan').count()).toBeGreaterThan(0);
    await shot(page, '05-document');
  });

  it('runs a Cypher query and shows a table', async () => {
    await page.locator('#tabbtn-cypher').click();
    await page.locator('#cypher-run').click();
    const table = page.locator('#cypher-result table.result');
    await table.waitFor();
    await expect(table.locator('th').allTextContents()).resolves.toEqual(['body', 'firstYear']);
    await expect(table.locator('tbody').textContent()).resolves.toContain('星桥街道');
    await shot(page, '06-cypher-table');
  });

  it('shows the guard message for a write query and leaves the graph alone', async () => {
    await page.locator('#cypher-input').fill('CREATE (n:Intruder {name: "x"}) RETURN n');
    await page.locator('#cypher-run').click();
    const error = page.locator('#cypher-result .error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/CYPHER_REJECTED[\s\S]*CREATE/);
    await shot(page, '07-cypher-guard');
  });

  it('exports the view as a PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-select').selectOption('png')]);
    expect(download.suggestedFilename()).toMatch(/^policy-graph-.*\.png$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(5_000);
    await shot(page, '08-export');
  });

  it('reproduces a view from its link, in English', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}&year=2019&tab=diffusion&lang=en`);
    await page.waitForFunction(() => document.getElementById('year-label')?.textContent === '2019', null, { timeout: 30_000 });
    await expect(page.locator('h1').textContent()).resolves.toBe('Policy graph explorer');
    // The neighbourhood and the diffusion arrive independently; wait for both to be on screen.
    await page.waitForFunction(() => (window as unknown as { explorer: { cy: { nodes(s: string): { length: number } } } }).explorer.cy.nodes('.future').length > 0, null, { timeout: 30_000 });
    expect(await futureNodes(page)).toContain('新街街道');
    expect(await futureNodes(page)).not.toContain('星桥街道');
    await expect(page.locator('#tabbtn-diffusion').getAttribute('aria-selected')).resolves.toBe('true');
    await shot(page, '09-link-english');
  });

  it('serves the bundled GraphiQL at /graphql and runs a query there', async () => {
    await page.goto(api.url + '/graphql');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    const answered = () => page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"Slogan"'), null, { timeout: 10_000 }).then(() => true, () => false);
    // The first click can land while GraphiQL still loads the schema; a person would press again.
    let ok = false;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      await page.locator('.graphiql-execute-button').click();
      ok = await answered();
    }
    expect(ok).toBe(true);
    await expect(page.locator('.result-window').textContent()).resolves.toContain('全域美丽');
    await shot(page, '10-graphiql');
  });
});

/** The diffusion chart's groups as drawn: each bold group label and the adopters listed under it. */
function diffusionGroups(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const groups: Record<string, string[]> = {};
    let current = '';
    for (const el of Array.from(document.querySelectorAll('#tab-diffusion svg > text[font-weight="bold"], #tab-diffusion svg > g[data-id]'))) {
      if (el.tagName === 'text') groups[(current = el.textContent ?? '')] = [];
      else groups[current]?.push(el.querySelector('text')?.textContent ?? '');
    }
    return groups;
  });
}
