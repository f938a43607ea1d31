// What a researcher reads beside the diffusion map of 全域美丽, in English, against the real API
// and Neo4j holding the seeds: the hazard per year at one level, a second slogan's curve on the
// same axes, and the family of variants a reviewer accepted.
import type { Page } from 'playwright-core';
import { gql, gqlData } from '../api/support/gql';
import { WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { eventually, settled, shot } from './support/explorer-page';

jest.setTimeout(180_000);

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

interface PanelRow {
  year: number;
  covered: boolean;
  atRisk: boolean;
  event: boolean;
}

/** The hazard per year as a researcher would count it from the panel rows: events over the rows at risk with a document. */
async function hazardFromPanel(slogan: string, level: string): Promise<Map<number, { adoptions: number; atRisk: number }>> {
  const data = await gqlData<{ diffusionPanel: { rows: PanelRow[] } }>(api.url, `query($s: String!) { diffusionPanel(slogan: $s, level: ${level}) { rows { year covered atRisk event } } }`, { s: slogan });
  const years = new Map<number, { adoptions: number; atRisk: number }>();
  for (const r of data.diffusionPanel.rows) {
    const y = years.get(r.year) ?? { adoptions: 0, atRisk: 0 };
    if (r.event) y.adoptions++;
    if (r.atRisk && r.covered) y.atRisk++;
    years.set(r.year, y);
  }
  return years;
}

/** The hazard table as shown: year → [first adoptions, at risk with a document, hazard]. */
async function hazardShown(): Promise<Map<number, string[]>> {
  const rows = await page.locator('.hazard-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [(tr as HTMLElement).dataset.year ?? '', ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')]));
  return new Map(rows.map(([year, ...cells]) => [Number(year), cells]));
}

/** Cumulative adopters per year from a slogan's adopters at a level (their first years), as the API lists them. */
async function cumulativeFromAdopters(slogan: string, level: string, years: string[]): Promise<number[]> {
  const data = await gqlData<{ diffusion: { adopters: { firstYear: number | null }[] } }>(api.url, `query($s: String!) { diffusion(slogan: $s, level: ${level}) { adopters { firstYear } } }`, { s: slogan });
  const firsts = data.diffusion.adopters.map((a) => a.firstYear).filter((y): y is number => y !== null);
  return years.map((y) => firsts.filter((f) => f <= Number(y)).length);
}

type Drawn = { years: string[]; series: { name: string; data: (number | null)[] }[]; painted: boolean };
const compared = () => page.evaluate(() => (window as unknown as { compareCurves: { drawn(): Drawn | null } }).compareCurves.drawn());

async function openDiffusion(slogan: string): Promise<void> {
  await page.goto(`${api.url}/?focus=${encodeURIComponent(slogan)}&slogan=${encodeURIComponent(slogan)}&tab=diffusion&lang=en`);
  await page.locator('.hazard-table').waitFor({ timeout: 30_000 });
  await page.locator('.variant-family').waitFor({ timeout: 30_000 });
}

const accepted: string[] = [];

describe('the diffusion view for research', () => {
  // the API stops after the file: the variant accepted here is reverted before that
  afterAll(async () => {
    for (const id of accepted.reverse()) {
      await gql(api.url, 'mutation($id: ID!) { revertCorrection(id: $id, reason: "e2e") { id } }', { id }, { authorization: `Bearer ${WRITE_TOKEN}` });
    }
  });

  it('gives the hazard per year at street level: first adoptions over the streets at risk that have a document that year', async () => {
    await page.setViewportSize({ width: 1400, height: 1200 });
    await openDiffusion('全域美丽');
    // the streets are where 全域美丽 was adopted most, so the table opens there
    await expect(page.locator('select.analysis-level').inputValue()).resolves.toBe('street');
    await expect(page.locator('.hazard-table h3').textContent()).resolves.toBe('Hazard per year (Street)');
    const shown = await hazardShown();
    // the seeds: 星桥街道 reports in 2019 and uses it, 闻堰街道 reports in 2022 and does not, 新街街道 reports in 2024 and uses it
    expect(shown.get(2019)).toEqual(['1', '1', '1.00']);
    expect(shown.get(2022)?.[2]).toBe('0.00');
    expect(shown.get(2024)?.[0]).toBe('1');
    // a year no street at risk has a document is no evidence either way
    expect(shown.get(2021)).toEqual(['0', '0', '—']);
    // every year shown is the panel's own count, done here from its rows
    const counted = await hazardFromPanel('全域美丽', 'street');
    expect(shown.size).toBeGreaterThan(3);
    for (const [year, [adoptions, atRisk, hazard]] of shown) {
      const c = counted.get(year)!;
      expect([year, Number(adoptions), Number(atRisk), hazard]).toEqual([year, c.adoptions, c.atRisk, c.atRisk ? (c.adoptions / c.atRisk).toFixed(2) : '—']);
    }
  });

  it('draws a second slogan beside it on the same axes, each with its own adopters', async () => {
    await page.locator('#compare-slogan').fill('三严三实');
    await page.locator('.compare-form button[type=submit]').click();
    await page.waitForFunction(() => ((window as unknown as { compareCurves: { drawn(): Drawn | null } }).compareCurves.drawn()?.series.length ?? 0) === 2, null, { timeout: 30_000 });
    const drawn = (await compared()) as Drawn;
    expect(drawn.series.map((s) => s.name)).toEqual(['全域美丽', '三严三实']);
    // drawn on a canvas with a size, not only set as options
    expect(drawn.painted).toBe(true);
    // the suggestions typed for are gone once the comparison is asked for
    await page.locator('#compare-slogan-list').waitFor({ state: 'hidden', timeout: 5_000 });
    const [own, other] = drawn.series;
    // 古荡街道 used 三严三实 in 2015, years before 全域美丽's first street
    expect(other.data[drawn.years.indexOf('2015')]).toBe(1);
    expect(own.data[drawn.years.indexOf('2015')]).toBe(0);
    expect(own.data[drawn.years.indexOf('2024')]).toBe(2);
    expect(other.data.map(Number)).toEqual(await cumulativeFromAdopters('三严三实', 'street', drawn.years));
    expect(own.data.map(Number)).toEqual(await cumulativeFromAdopters('全域美丽', 'street', drawn.years));
    await page.locator('.compare-canvas').scrollIntoViewIfNeeded();
    await settled(page);
    await shot(page, 'diffusion-compare-hazard');
  });

  it('follows the level picked: the hazard and the comparison by city', async () => {
    await page.locator('select.analysis-level').selectOption('city');
    await expect(page.locator('.hazard-table h3').textContent()).resolves.toBe('Hazard per year (City)');
    const drawn = await eventually(compared, (d) => !!d && d.series.length === 2 && !d.years.includes('2015'), 30_000);
    // 深圳市 used 三严三实 in its report of 2016 (other spec files may add cities to the shared graph)
    expect(drawn?.series[1].data.map(Number)).toEqual(await cumulativeFromAdopters('三严三实', 'city', drawn!.years));
    expect(Number(drawn?.series[1].data[drawn.years.indexOf('2016')])).toBeGreaterThanOrEqual(1);
  });

  it('keeps the second slogan and the level in the address: the link, opened again, shows the same curves at the same level', async () => {
    const link = page.url();
    expect(new URL(link).searchParams.get('compare')).toBe('三严三实');
    expect(new URL(link).searchParams.get('level')).toBe('city');
    const before = (await compared()) as Drawn;
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('.hazard-table').waitFor({ timeout: 30_000 });
    await expect(page.locator('select.analysis-level').inputValue()).resolves.toBe('city');
    await expect(page.locator('.hazard-table h3').textContent()).resolves.toBe('Hazard per year (City)');
    await expect(page.locator('#compare-slogan').inputValue()).resolves.toBe('三严三实');
    const after = await eventually(compared, (d) => !!d && d.series.length === 2 && d.painted, 30_000);
    expect(after?.years).toEqual(before.years);
    expect(after?.series).toEqual(before.series);
    // taking the comparison away takes it out of the address too
    await page.locator('.compare-form .compare-clear').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('compare'), null, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('level')).toBe('city');
  });

  it('lists the accepted variants as the family: none, then 全域治理 once a reviewer accepts it', async () => {
    await expect(page.locator('.variant-family p').textContent()).resolves.toBe('No accepted variants');
    const made = await gql<{ correct: { id: string; target: string } }>(
      api.url,
      'mutation { correct(input: { kind: ACCEPT_VARIANT, variant: "全域治理", of: "全域美丽", reason: "the same 全域 campaign" }) { id target } }',
      {},
      { authorization: `Bearer ${WRITE_TOKEN}` },
    );
    expect(made.errors).toBeUndefined();
    accepted.push(made.data!.correct.id);
    await openDiffusion('全域美丽');
    const members = page.locator('.variant-family li');
    await expect(members.evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.role, li.querySelector('.family-name')?.textContent, li.querySelector('.badge')?.textContent, li.querySelector('.family-count')?.textContent])))
      .resolves.toEqual([
        ['campaign', '全域美丽', 'campaign', '2 adopter(s)'],
        ['variant', '全域治理', 'accepted variant', '1 adopter(s)'],
      ]);
    // 星桥街道 uses both: the family counts it once
    await expect(page.locator('.variant-family .family-total').textContent()).resolves.toBe('Family together: 2 adopter(s), each body counted once · first in 2019');
    // the variant and the campaign look different
    const looks = await members.evaluateAll((lis) => lis.map((li) => getComputedStyle(li.querySelector('.badge')!).backgroundColor));
    expect(looks[0]).not.toBe(looks[1]);
    // opened from the variant, the family is the same, the variant marked as the one shown
    await openDiffusion('全域治理');
    await expect(page.locator('.variant-family li[data-role=campaign] .family-name').textContent()).resolves.toBe('全域美丽');
    await expect(page.locator('.variant-family li[data-role=variant]').textContent()).resolves.toContain('(shown)');
    await settled(page);
    await shot(page, 'diffusion-variant-family');
  });

  it('shows no Chinese in its own labels in English', async () => {
    const labels = await page.locator('.hazard-table h3, .hazard-table p, .hazard-table thead th, .analysis-level option, .compare-form label, .compare-form button, .variant-family h3, .variant-family .badge, .variant-family .family-count, .variant-family .family-total').allTextContents();
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((l) => /[\u4e00-\u9fff]/.test(l))).toEqual([]);
  });
});
