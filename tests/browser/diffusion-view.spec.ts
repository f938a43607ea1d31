// The diffusion view of 全域美丽 in headless Chromium against the real API and Neo4j holding the
// seeds: the map at district level, the coverage strip and the curves by level, in English.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, settled, shot } from './support/explorer-page';

jest.setTimeout(180_000);
const README_SHOT = resolve(__dirname, '../../docs/diffusion.png');

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

// Division codes of the map (drawn before 临平区 was split off 余杭区) and a point inside each.
const YUHANG = { code: '330110', at: [120.0, 30.42] };
const XIAOSHAN = { code: '330109', at: [120.3, 30.1] };

interface MapHandle {
  diffusionMap: { pixelAt(lng: number, lat: number): string | null; colourNow(key: string): string | null; stateNow(key: string): string | null };
}

const colourNow = (code: string) => page.evaluate((c) => (window as unknown as MapHandle).diffusionMap.colourNow(c), code);
const stateNow = (code: string) => page.evaluate((c) => (window as unknown as MapHandle).diffusionMap.stateNow(c), code);
const pixelAt = (at: number[]) => page.evaluate(([lng, lat]) => (window as unknown as MapHandle).diffusionMap.pixelAt(lng, lat), at);
/** A region's colour as the map means to paint it, once it is `expected` (the map redraws on a later frame). */
const colourOnce = (code: string, expected: string) => eventually(() => colourNow(code), (c) => c === expected);
/** What the canvas shows at a point once it satisfies `ok`. */
const pixelOnce = (at: number[], ok: (colour: string | null) => boolean) => eventually(() => pixelAt(at), ok);
/** The key's colour for a year or a state, as the map paints it. */
const keyColour = (label: string) =>
  page.locator('.diffusion-map-key li', { hasText: label }).first().locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor.replace(/ /g, ''));

async function setYear(year: number): Promise<void> {
  await page.locator('#year-slider').fill(String(year));
  await page.waitForFunction((y) => document.getElementById('year-label')?.textContent === String(y), year);
}

describe('the diffusion view', () => {
  it('maps 全域美丽 by district: 余杭区 (星桥街道) adopted in 2019, 萧山区 (新街街道) in 2024', async () => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}&tab=diffusion&lang=en`);
    await page.locator('.diffusion-map-canvas canvas').waitFor({ timeout: 30_000 });
    await page.locator('.coverage-strip tr[data-region]').first().waitFor({ timeout: 30_000 });
    await expect(page.locator('#tab-diffusion select.grouping').inputValue()).resolves.toBe('district');
    await setYear(2024);
    const y2019 = await keyColour('2019');
    const y2024 = await keyColour('2024');
    expect(y2019).not.toBe(y2024);
    expect(await colourOnce(YUHANG.code, y2019)).toBe(y2019);
    expect(await colourOnce(XIAOSHAN.code, y2024)).toBe(y2024);
    // what the canvas shows there, not only what the page meant to paint
    expect(await pixelOnce(YUHANG.at, (c) => c === y2019)).toBe(y2019);
    expect(await pixelOnce(XIAOSHAN.at, (c) => c === y2024)).toBe(y2024);
    await settled(page);
    await shot(page, 'diffusion-map-2024');
  });

  it('moves the map with the year slider: in 2019 萧山区 has not adopted yet', async () => {
    await setYear(2019);
    const [y2019, y2024] = [await keyColour('2019'), await keyColour('2024')];
    expect(await colourOnce(YUHANG.code, y2019)).toBe(y2019);
    const notYet = ['not-adopted', 'no-document'];
    expect(notYet).toContain(await eventually(() => stateNow(XIAOSHAN.code), (s) => notYet.includes(s ?? '')));
    const painted = await pixelOnce(XIAOSHAN.at, (c) => c !== y2024 && c !== y2019);
    expect(painted).not.toBe(y2024);
    expect(painted).not.toBe(y2019);
  });

  it('greys the years without a document in the coverage strip', async () => {
    const row = page.locator(`.coverage-strip tr[data-region="${YUHANG.code}"]`);
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => ({ year: Number((td as HTMLElement).dataset.year), state: td.className.replace(' now', ''), bg: getComputedStyle(td).backgroundImage })));
    const covered = cells.filter((c) => c.state !== 'no-document').map((c) => c.year);
    expect(covered).toContain(2019);
    const without = cells.filter((c) => c.state === 'no-document');
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((c) => c.bg.includes('repeating-linear-gradient'))).toBe(true);
    expect(cells.find((c) => c.year === 2019)?.state).toBe('adopted');
  });

  it('draws the cumulative curve by level with its axes', async () => {
    type Drawn = { years: string[]; series: { name: string; data: (number | null)[] }[]; yMax: number; painted: boolean };
    const drawn = () => (window as unknown as { levelCurves: { drawn(): Drawn | null } }).levelCurves.drawn();
    // the curves arrive on their own request
    await page.waitForFunction(() => (window as unknown as { levelCurves: { drawn(): Drawn | null } }).levelCurves.drawn()?.years.length, null, { timeout: 30_000 });
    const curves = (await page.evaluate(drawn)) as Drawn;
    expect(curves.years).toEqual(expect.arrayContaining(['2019', '2024']));
    const street = curves.series.find((s) => s.name === 'Street');
    expect(street?.data[curves.years.indexOf('2024')]).toBe(2);
    expect(street?.data[curves.years.indexOf('2019')]).toBe(1);
    expect(curves.yMax).toBeGreaterThanOrEqual(2);
    expect(curves.painted).toBe(true);
    await expect(page.locator('.level-curves h3').textContent()).resolves.toBe('Cumulative adoption by level');
  });

  it('shows no Chinese in its own labels in English', async () => {
    const labels = await page.locator('#tab-diffusion h3, #tab-diffusion label, #tab-diffusion option, .diffusion-map-key li, .coverage-strip thead th').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((l) => /[\u4e00-\u9fff]/.test(l))).toEqual([]);
  });

  it('maps by city and by province from the same boundaries: 杭州市 and 浙江省 adopted in 2019', async () => {
    const grouping = page.locator('#tab-diffusion select.grouping');
    await grouping.selectOption('city');
    await page.waitForFunction(() => (window as unknown as MapHandle).diffusionMap.colourNow('3301') !== null, null, { timeout: 30_000 });
    const y2019 = await keyColour('2019');
    expect(await colourOnce('3301', y2019)).toBe(y2019);
    expect(await pixelOnce(YUHANG.at, (c) => c === y2019)).toBe(y2019);
    await grouping.selectOption('province');
    await page.waitForFunction(() => (window as unknown as MapHandle).diffusionMap.colourNow('33') !== null, null, { timeout: 30_000 });
    expect(await colourOnce('33', y2019)).toBe(y2019);
    expect(await eventually(() => stateNow('32'), (s) => s === 'no-document')).toBe('no-document');
    await grouping.selectOption('district');
    await page.waitForFunction(() => (window as unknown as MapHandle).diffusionMap.colourNow('330110') !== null, null, { timeout: 30_000 });
  });

  it('focuses the adopter in the graph when its region is picked in the strip', async () => {
    await page.locator(`.coverage-strip tr[data-region="${YUHANG.code}"] button`).click();
    await page.waitForFunction(() => (window as unknown as { explorer: { cy: { $(s: string): { map(f: (n: { data(k: string): string }) => string): string[] } } } }).explorer.cy.$(':selected').map((n) => n.data('label')).includes('星桥街道'), null, { timeout: 15_000 });
    await expect(page.locator('#tabbtn-diffusion').getAttribute('aria-selected')).resolves.toBe('true');
    await setYear(2024);
    const y2024 = await keyColour('2024');
    expect(await pixelOnce(XIAOSHAN.at, (c) => c === y2024)).toBe(y2024);
    await settled(page);
    const path = await shot(page, 'diffusion-view');
    // README_SHOT=1 refreshes the screenshot the README shows.
    if (process.env.README_SHOT) copyFileSync(path, README_SHOT);
  });
});
