// The researcher's checks in Chromium: a trace drawn the way relationships point, filters that say
// what they keep, exports that hold every node, a phone-sized screen, and a link that gives back the view.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { openBrowser } from './support/chromium';
import { explorerSession } from './support/explorer-session';
import { edgeLabels, eventually, nodeLabels, nodeOnScreen, searchAndPick, settled, shot, textOnce } from './support/explorer-page';

jest.setTimeout(180_000);

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

interface Handle {
  explorer: { cy: { nodes(sel?: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } };
}
const visibleLabels = (p: Page = page) => p.evaluate(() => (window as unknown as Handle).explorer.cy.nodes(':visible').map((n) => n.data('label')));

/** Visible labels once the given ones show and the others are hidden, or after 10 s: a loaded page may still be revealing. */
async function visibleOnceShowing(shown: string[], hidden: string[]): Promise<string[]> {
  await page.waitForFunction(([inc, exc]) => {
    const labels = (window as unknown as Handle).explorer.cy.nodes(':visible').map((n) => n.data('label'));
    return inc.every((l) => labels.includes(l)) && !exc.some((l) => labels.includes(l));
  }, [shown, hidden] as const, { timeout: 10_000, polling: 100 }).catch(() => undefined);
  return visibleLabels();
}

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
    const paths = ['星动巴士 —FULFILS→ 全域创新 ←HAS_PART— 三个全域', '星动巴士 ←RUNS— 星桥街道 —ADOPTS→ 三个全域'];
    const lines = await eventually(() => page.locator('#trace-result ol li').allTextContents(), (l) => paths.every((p) => l.includes(p)));
    expect(lines).toEqual(expect.arrayContaining(paths));
    await settled(page);
    const drawn = ['星动巴士 -FULFILS-> 全域创新', '三个全域 -HAS_PART-> 全域创新', '星桥街道 -RUNS-> 星动巴士', '星桥街道 -ADOPTS-> 三个全域'];
    const edges = await eventually(() => edgeLabels(page), (e) => drawn.every((d) => e.includes(d)));
    expect(edges).toEqual(expect.arrayContaining(drawn));
    expect(edges).not.toContain('星动巴士 -RUNS-> 星桥街道');
    expect(edges).not.toContain('全域创新 -HAS_PART-> 三个全域');
    // the street on the path is drawn and counted as a street, not as some other thing
    const level = await page.evaluate(() => (window as unknown as { explorer: { cy: { getElementById(id: string): { data(k: string): string } } } }).explorer.cy.getElementById('330113004').data('level'));
    expect(level).toBe('street');
    await expect(page.locator('#type-filter').textContent()).resolves.toContain('街道/镇 (1)');
    await shot(page, 'trace-directions');
  });
});

describe('filters', () => {
  it('offers every district and city with documents, not only those on screen', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '全域美丽');
    await settled(page);
    const places = ['余杭区', '临平区', '萧山区', '杭州市', '深圳市', '西湖区'];
    const options = await eventually(() => page.locator('#place-filter option').allTextContents(), (o) => places.every((p) => o.includes(p)));
    expect(options).toEqual(expect.arrayContaining(places));
    expect(await nodeLabels(page)).not.toContain('深圳市');
  });

  it('choosing 余杭区 keeps 星桥街道 and drops 新街街道 (萧山区), though neither district is on screen', async () => {
    expect(await nodeLabels(page)).not.toContain('萧山区');
    await page.locator('#place-filter').selectOption('余杭区');
    const shown = await visibleOnceShowing(['星桥街道'], ['新街街道']);
    expect(shown).toContain('星桥街道');
    expect(shown).not.toContain('新街街道');
    await page.locator('#place-filter').selectOption('萧山区');
    const xiaoshan = await visibleOnceShowing(['新街街道'], ['星桥街道']);
    expect(xiaoshan).toContain('新街街道');
    expect(xiaoshan).not.toContain('星桥街道');
    expect(page.url()).toContain(`place=${encodeURIComponent('萧山区')}`);
    await page.locator('#place-filter').selectOption('');
  });

  it('a year range with nothing in it says so and hides what lies outside it', async () => {
    await page.locator('#year-from').fill('2030');
    await page.locator('#year-from').dispatchEvent('change');
    await expect(textOnce(page, '#status', '图中没有 2030– 年的内容')).resolves.toBe('图中没有 2030– 年的内容');
    const shown = await visibleOnceShowing([], ['星桥街道', '新街街道']);
    expect(shown).not.toContain('星桥街道');
    expect(shown).not.toContain('新街街道');
    await shot(page, 'filter-empty-years');
    await page.locator('#year-from').fill('2024');
    await page.locator('#year-from').dispatchEvent('change');
    await expect(textOnce(page, '#status', '')).resolves.toBe('');
    const in2024 = await visibleOnceShowing(['新街街道'], ['星桥街道']);
    expect(in2024).toContain('新街街道');
    expect(in2024).not.toContain('星桥街道');
    await page.locator('#year-from').fill('');
    await page.locator('#year-from').dispatchEvent('change');
  });
});

interface PathHandle {
  explorer: { cy: { edges(sel: string): { map<T>(f: (e: { source(): { data(k: string): string }; target(): { data(k: string): string }; data(k: string): string }) => T): T[] } } };
}
const pathEdges = (p: Page) => p.evaluate(() => (window as unknown as PathHandle).explorer.cy.edges('.path').map((e) => `${e.source().data('label')} -${e.data('type')}-> ${e.target().data('label')}`).sort());

async function clickNode(label: string): Promise<void> {
  const at = await nodeOnScreen(page, label);
  await page.mouse.click(at.x, at.y);
  await expect(textOnce(page, '#tab-evidence .ev-title', label)).resolves.toBe(label);
}

describe('a shared link', () => {
  let link = '';
  let shown: string[] = [];
  let traced: string[] = [];

  it('records three expansions, a hidden node, a trace and a query', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '全域美丽');
    await settled(page);
    for (const label of ['新街街道', '星桥街道', '三个全域']) {
      await clickNode(label);
      await page.locator('#btn-expand').click();
      await settled(page);
    }
    await clickNode('萧山区');
    await page.locator('#btn-hide').click();
    await page.locator('#tabbtn-trace').click();
    await pickIn('#trace-from', '星动巴士');
    await pickIn('#trace-to', '三个全域');
    await page.locator('#trace-run').click();
    await page.locator('#trace-result ol li').first().waitFor();
    await settled(page);
    await page.locator('#tabbtn-cypher').click();
    await page.locator('#cypher-input').fill('MATCH (s:Slogan {name: $name}) RETURN s.name AS name');
    await page.locator('#cypher-params').fill('{"name": "三个全域"}');
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result table').waitFor();
    await page.locator('#tabbtn-trace').click();
    link = await eventually(async () => page.url(), (url) => url.includes('tab=trace'));
    shown = (await eventually(() => visibleLabels(), (l) => l.length > 60 && !l.includes('萧山区'))).sort();
    const path = ['星动巴士 -FULFILS-> 全域创新', '星桥街道 -RUNS-> 星动巴士'];
    traced = await eventually(() => pathEdges(page), (e) => path.every((p) => e.includes(p)));
    expect(shown.length).toBeGreaterThan(60);
    expect(shown).not.toContain('萧山区');
    expect(traced).toEqual(expect.arrayContaining(path));
    for (const part of ['expand=', 'hidden=', 'trace=', 'cypher=', 'tab=trace']) expect(link).toContain(part);
    await shot(page, 'link-before');
  });

  it('opened in a new page, shows the same nodes, the hidden node hidden, the trace, the query and the tab', async () => {
    const other = await session.browser.context.newPage();
    try {
      await other.goto(link);
      await other.locator('#trace-result ol li').first().waitFor({ timeout: 60_000 });
      await settled(other);
      // the expansions arrive one request after another: compare once the last has been drawn
      const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);
      expect(await eventually(async () => (await visibleLabels(other)).sort(), (l) => same(l, shown))).toEqual(shown);
      expect(await eventually(() => pathEdges(other), (e) => same(e, traced))).toEqual(traced);
      await expect(other.locator('#trace-from').inputValue()).resolves.toBe('星动巴士');
      await expect(other.locator('#tabbtn-trace').getAttribute('aria-selected')).resolves.toBe('true');
      await other.locator('#tabbtn-cypher').click();
      const query = 'MATCH (s:Slogan {name: $name}) RETURN s.name AS name';
      await expect(eventually(() => other.locator('#cypher-input').inputValue(), (q) => q === query)).resolves.toBe(query);
      await expect(other.locator('#cypher-params').inputValue()).resolves.toBe('{"name": "三个全域"}');
      await shot(other, 'link-after');
    } finally {
      await other.close();
    }
  });
});

describe('on a phone (390×844)', () => {
  it('gives the graph most of the screen, and searching, selecting and expanding work there', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const p = phone.page;
      await p.goto(api.url + '/');
      const box = await p.locator('#cy').boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(380);
      expect(box?.height).toBeGreaterThanOrEqual(340);
      await searchAndPick(p, '全域美丽');
      await settled(p);
      const inside = await p.evaluate(() => {
        const cy = (window as unknown as { explorer: { cy: { nodes(): { map<T>(f: (n: { renderedPosition(): { x: number; y: number } }) => T): T[] }; width(): number; height(): number } } }).explorer.cy;
        return cy.nodes().map((n) => n.renderedPosition()).every(({ x, y }) => x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height());
      });
      expect(inside).toBe(true);
      const at = await nodeOnScreen(p, '星桥街道');
      await p.mouse.click(at.x, at.y);
      await expect(textOnce(p, '#tab-evidence .ev-title', '星桥街道')).resolves.toBe('星桥街道');
      const before = (await nodeLabels(p)).length;
      await p.locator('#btn-expand').click();
      await settled(p);
      expect((await eventually(() => nodeLabels(p), (l) => l.length > before)).length).toBeGreaterThan(before);
      // nothing wider than the screen
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(p, 'phone-390');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('diffusion', () => {
  it('follows the slogan selected, has a count axis, and a click on an adopter selects it in the graph', async () => {
    await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}`);
    await settled(page);
    await page.evaluate(() => {
      const cy = (window as unknown as { explorer: { cy: { $(s: string): { unselect(): void }; getElementById(id: string): { select(): void } } } }).explorer.cy;
      cy.$(':selected').unselect();
      cy.getElementById('三个全域').select();
    });
    await page.locator('#tabbtn-diffusion').click();
    await expect(textOnce(page, '#tab-diffusion h2', '三个全域')).resolves.toBe('三个全域');
    const param = `slogan=${encodeURIComponent('三个全域')}`;
    expect(await eventually(async () => page.url(), (url) => url.includes(param))).toContain(param);
    const axis = () => page.locator('#tab-diffusion .axis-count').allTextContents();
    expect(await eventually(axis, (a) => a.join() === '0,1')).toEqual(['0', '1']);
    await page.locator('#tab-diffusion g.adopter[data-id="330113004"]').click();
    await expect(page.locator('#tabbtn-diffusion').getAttribute('aria-selected')).resolves.toBe('true');
    const selectedNow = () => page.evaluate(() => (window as unknown as Handle).explorer.cy.nodes(':selected').map((n) => n.data('label')));
    expect(await eventually(selectedNow, (s) => s.join() === '星桥街道')).toEqual(['星桥街道']);
    await shot(page, 'diffusion-follows-selection');
  });

  it('tells a report without the slogan (a ring) from a year with no report (no mark)', async () => {
    // the seeds hold one report per body: 星桥街道 is given a second report, of 2022, without the slogan
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query Diffusion')) return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { diffusion: { adopters: { body: { id: string }; reportYears: number[] }[] } } };
      for (const a of body.data.diffusion.adopters) if (a.body.id === '330113004') a.reportYears = [2019, 2022];
      await route.fulfill({ response, json: body });
    });
    try {
      await page.goto(`${api.url}/?focus=${encodeURIComponent('全域美丽')}&slogan=${encodeURIComponent('全域美丽')}&tab=diffusion`);
      const row = page.locator('#tab-diffusion g.adopter[data-id="330113004"]');
      await row.waitFor();
      await expect(row.locator('circle.without').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-year')))).resolves.toEqual(['2022']);
      await expect(row.locator('circle.without title').textContent()).resolves.toBe('2022 年有报告，未提及此口号');
      await expect(page.locator('#tab-diffusion g.adopter[data-id="330109014"] circle.without').count()).resolves.toBe(0);
      await expect(page.locator('#tab-diffusion .diffusion-key').textContent()).resolves.toContain('空心圈：当年有报告但未提及');
      await shot(page, 'diffusion-report-without');
    } finally {
      await page.unroute('**/graphql');
    }
  });
});

describe('exports', () => {
  it('the SVG holds every node of the view, of every kind (places, slogans, projects, outcomes, documents)', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '星桥街道');
    await settled(page);
    const kinds = await page.evaluate(() => (window as unknown as Handle).explorer.cy.nodes().map((n) => n.data('kind')));
    const projects = kinds.filter((k) => k === 'project').length;
    const outcomes = kinds.filter((k) => k === 'outcome').length;
    expect(projects).toBeGreaterThan(10);
    expect(outcomes).toBeGreaterThan(10);
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#export-select').selectOption('svg')]);
    const svg = readFileSync(await file.path(), 'utf8');
    // node shapes are filled paths of their kind's colour; an edge's arrowhead, of its edge's colour, has three corners
    const corners = (fill: string) => [...svg.matchAll(/<path fill="([^"]+)"[^>]*d="([^"]*)"/g)].filter((m) => m[1] === fill).map((m) => (m[2].match(/L/g) ?? []).length + 1);
    type Drawn = { kind: string; fill: string; shape: string };
    const drawn = await page.evaluate(() => (window as unknown as { explorer: { cy: { nodes(): { map<T>(f: (n: { data(k: string): string; style(k: string): string }) => T): T[] } } } }).explorer.cy.nodes()
      .map((n) => ({ kind: n.data('kind'), fill: n.style('background-color').replace(/ /g, ''), shape: n.style('shape') })));
    const byKind = new Map<string, Drawn & { count: number }>();
    for (const d of drawn as Drawn[]) byKind.set(d.kind, { ...d, count: (byKind.get(d.kind)?.count ?? 0) + 1 });
    expect([...byKind.keys()]).toEqual(expect.arrayContaining(['street', 'district', 'slogan', 'project', 'outcome', 'document']));
    for (const { kind, fill, shape, count } of byKind.values()) {
      const shapes = corners(fill);
      // every node of every kind is in the file: triangles counted with the arrowheads of their colour, other shapes apart from them
      if (shape.includes('triangle')) expect({ kind, drawn: shapes.filter((n) => n === 3).length >= count }).toEqual({ kind, drawn: true });
      else expect({ kind, drawn: shapes.filter((n) => n !== 3).length }).toEqual({ kind, drawn: count });
    }
  });

  it('GraphML from the page has every node and typed attributes; GEXF is dynamic, ADOPTS and RUNS on the timeline', async () => {
    const count = await page.evaluate(() => (window as unknown as Handle).explorer.cy.nodes().map((n) => n.data('id')).length);
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.locator('#export-select').selectOption('graphml')]);
    const xml = readFileSync(await graphml.path(), 'utf8');
    expect(xml.match(/<node /g)).toHaveLength(count);
    expect(xml).toContain('<key id="n_year" for="node" attr.name="year" attr.type="long"/>');
    expect(xml).toContain('<key id="n_value" for="node" attr.name="value" attr.type="double"/>');
    expect(xml).toContain('<key id="e_firstYear" for="edge" attr.name="firstYear" attr.type="long"/>');
    expect(xml).toContain('<data key="e_years">2019</data>');
    expect(xml).not.toContain('[2019]');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.locator('#export-select').selectOption('gexf')]);
    expect(gexf.suggestedFilename()).toMatch(/\.gexf$/);
    const g = readFileSync(await gexf.path(), 'utf8');
    expect(g).toContain('mode="dynamic" timeformat="integer"');
    expect(g).toMatch(/<edge [^>]*source="330113004" target="全域美丽" label="ADOPTS" start="2019">/);
    expect(g).toMatch(/<edge [^>]*source="330113004" target="330113004\|星动巴士" label="RUNS" start="2019">/);
    expect(g.match(/<node /g)).toHaveLength(count);
  });
});
