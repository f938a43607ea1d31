// The researcher's checks in Chromium: a trace drawn the way relationships point, filters that say
// what they keep, exports that hold every node, a phone-sized screen, and a link that gives back the view.
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { edgeLabels, nodeLabels, searchAndPick, settled, shot } from './support/explorer-page';

jest.setTimeout(180_000);

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

interface Handle {
  explorer: { cy: { nodes(sel?: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } };
}
const visibleLabels = (p: Page = page) => p.evaluate(() => (window as unknown as Handle).explorer.cy.nodes(':visible').map((n) => n.data('label')));

async function pickIn(input: string, text: string): Promise<void> {
  await page.locator(input).fill('');
  await page.locator(input).pressSequentially(text, { delay: 20 });
  await page.locator(`${input} ~ ul li[role=option], .suggest:has(${input}) li[role=option]`, { hasText: text }).first().click();
}

describe('trace', () => {
  it('draws FULFILS, HAS_PART and RUNS the way they point and names each relationship', async () => {
    await page.goto(api.url + '/?tab=trace');
    await pickIn('#trace-from', '星动巴士');
    await pickIn('#trace-to', '三个全域');
    await page.locator('#trace-run').click();
    await page.locator('#trace-result ol li').first().waitFor();
    const lines = await page.locator('#trace-result ol li').allTextContents();
    expect(lines).toEqual(expect.arrayContaining(['星动巴士 —FULFILS→ 全域创新 ←HAS_PART— 三个全域', '星动巴士 ←RUNS— 星桥街道 —ADOPTS→ 三个全域']));
    await settled(page);
    const edges = await edgeLabels(page);
    expect(edges).toEqual(expect.arrayContaining(['星动巴士 -FULFILS-> 全域创新', '三个全域 -HAS_PART-> 全域创新', '星桥街道 -RUNS-> 星动巴士', '星桥街道 -ADOPTS-> 三个全域']));
    expect(edges).not.toContain('星动巴士 -RUNS-> 星桥街道');
    expect(edges).not.toContain('全域创新 -HAS_PART-> 三个全域');
    await shot(page, 'trace-directions');
  });
});

describe('filters', () => {
  it('offers every district and city with documents, not only those on screen', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '全域美丽');
    await settled(page);
    const options = await page.locator('#place-filter option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['余杭区', '临平区', '萧山区', '杭州市', '深圳市', '西湖区']));
    expect(await nodeLabels(page)).not.toContain('深圳市');
  });

  it('choosing 余杭区 keeps 星桥街道 and drops 新街街道 (萧山区), though neither district is on screen', async () => {
    expect(await nodeLabels(page)).not.toContain('萧山区');
    await page.locator('#place-filter').selectOption('余杭区');
    const shown = await visibleLabels();
    expect(shown).toContain('星桥街道');
    expect(shown).not.toContain('新街街道');
    await page.locator('#place-filter').selectOption('萧山区');
    const xiaoshan = await visibleLabels();
    expect(xiaoshan).toContain('新街街道');
    expect(xiaoshan).not.toContain('星桥街道');
    expect(page.url()).toContain(`place=${encodeURIComponent('萧山区')}`);
    await page.locator('#place-filter').selectOption('');
  });

  it('a year range with nothing in it says so and hides what lies outside it', async () => {
    await page.locator('#year-from').fill('2030');
    await page.locator('#year-from').dispatchEvent('change');
    await expect(page.locator('#status').textContent()).resolves.toBe('图中没有 2030– 年的内容');
    const shown = await visibleLabels();
    expect(shown).not.toContain('星桥街道');
    expect(shown).not.toContain('新街街道');
    await shot(page, 'filter-empty-years');
    await page.locator('#year-from').fill('2024');
    await page.locator('#year-from').dispatchEvent('change');
    await expect(page.locator('#status').textContent()).resolves.toBe('');
    const in2024 = await visibleLabels();
    expect(in2024).toContain('新街街道');
    expect(in2024).not.toContain('星桥街道');
    await page.locator('#year-from').fill('');
    await page.locator('#year-from').dispatchEvent('change');
  });
});
