// A view too big to draw node by node (shown in groups) and links that reproduce a document view,
// in headless Chromium against the real API and a real Neo4j holding the seeds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServedApi } from '../api/support/serve';
import { explorerSession } from './support/explorer-session';
import { shot, nodeOnScreen, searchAndPick } from './support/explorer-page';

jest.setTimeout(180_000);

const session = explorerSession();
let api: ServedApi;
let page: Page;
beforeAll(() => ({ api, page } = session));

type Data = Record<string, unknown> & { id: string };
const DISTRICTS = ['临平区', '余杭区', '萧山区', '西湖区', '上城区', '拱墅区', '滨江区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市'];

/** 12,000 elements: a third of 1,200 streets in 临平区, the rest spread; projects, outcomes, slogan adoption. */
function bigView(): { elements: { data: Data }[]; linpingStreets: string[] } {
  const nodes: Data[] = [{ id: 'c0', label: '杭州市', type: 'Place', level: 'city' }];
  const edges: Data[] = [];
  const edge = (source: string, target: string, type: string) => edges.push({ id: `e${edges.length}`, source, target, type });
  DISTRICTS.forEach((name, d) => {
    nodes.push({ id: `d${d}`, label: name, type: 'Place', level: 'district' });
    edge(`d${d}`, 'c0', 'PART_OF');
  });
  for (let s = 0; s < 20; s++) nodes.push({ id: `s${s}`, label: `全域${s}`, type: 'Slogan' });
  const linpingStreets: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const district = i % 3 === 0 ? 0 : 1 + (i % 12);
    nodes.push({ id: `st${i}`, label: `街道${i}`, type: 'Place', level: 'street', years: [2015 + (i % 10)] });
    edge(`st${i}`, `d${district}`, 'PART_OF');
    if (district === 0) linpingStreets.push(`st${i}`);
    nodes.push({ id: `st${i}|项目${i}`, label: `项目${i}`, type: 'Project' });
    edge(`st${i}`, `st${i}|项目${i}`, 'RUNS');
    if (i % 2 === 0) continue;
    nodes.push({ id: `o${i}`, label: `成果${i}`, type: 'Outcome' });
    edge(`st${i}|项目${i}`, `o${i}`, 'HAS_OUTCOME');
  }
  for (let k = 0; nodes.length + edges.length < 12_000; k++) edge(`st${(k * 7) % 1200}`, `s${k % 20}`, 'ADOPTS');
  return { elements: [...nodes, ...edges].map((data) => ({ data })), linpingStreets };
}

/** Evaluates an expression over the page's graph, named `cy` in it. */
function onCy<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`((cy) => (${expression}))(window.explorer.cy)`) as Promise<T>;
}

function groups(page: Page): Promise<{ id: string; label: string; count: number; total: number }[]> {
  return onCy(page, `cy.nodes('.aggregate').map((n) => ({ id: n.id(), label: n.data('label'), count: n.data('count'), total: n.data('total') }))`);
}

function shownIds(page: Page, ids: string[]): Promise<string[]> {
  return onCy(page, `cy.nodes().map((n) => n.id()).filter((id) => ${JSON.stringify(ids)}.includes(id))`);
}

/** Centres the view on a node (the notice and the overview must not cover it) and says where it is. */
async function centreOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  await onCy(page, `void cy.center(cy.getElementById(${JSON.stringify(id)}))`);
  return nodeOnScreen(page, await onCy<string>(page, `cy.getElementById(${JSON.stringify(id)}).data('label')`));
}

describe('a view past 5,000 elements', () => {
  const { elements, linpingStreets } = bigView();
  const nodeTotal = elements.filter((e) => e.data.source === undefined).length;
  const LINPING = 'group:street:d0';

  it('is shown as groups with their counts and a notice saying so', async () => {
    await page.goto(api.url + '/');
    await page.waitForFunction(() => 'explorer' in window);
    const timing = (await page.evaluate((els) => (window as unknown as { explorer: { load(e: unknown): Promise<unknown> } }).explorer.load(els), elements)) as { drawn: number; elements: number };
    expect(timing.elements).toBe(12_000);
    expect(timing.drawn).toBeLessThan(2_000);
    const all = await groups(page);
    const linping = all.find((g) => g.id === LINPING);
    expect(linping).toMatchObject({ label: `临平区 · 街道/镇 (${linpingStreets.length})`, count: linpingStreets.length });
    for (const g of all) expect(g.label).toMatch(new RegExp(`\\(${g.count}\\)$`));
    const singles = await onCy<number>(page, `cy.nodes('[!aggregate]').length`);
    expect(all.reduce((sum, g) => sum + g.count, 0) + singles).toBe(nodeTotal);
    expect(await shownIds(page, linpingStreets)).toEqual([]);
    const notice = page.locator('#aggregate-notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(new RegExp(`聚合视图：12000 个元素（${nodeTotal} 个节点）归为 ${all.length} 组[\\s\\S]*双击一组`));
    await expect(page.locator('#type-filter').textContent()).resolves.toContain('街道/镇 (1200)');
    await shot(page, 'scale-01-aggregated');
  });

  it('expands a group on double-click, 200 members at a time, the rest still counted', async () => {
    const at = await centreOn(page, LINPING);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(`window.explorer.cy.getElementById('${LINPING}').data('count') === ${linpingStreets.length - 200}`, null, { timeout: 30_000 });
    const shown = await shownIds(page, linpingStreets);
    expect(shown).toHaveLength(200);
    expect((await groups(page)).find((g) => g.id === LINPING)?.label).toBe(`临平区 · 街道/镇 (${linpingStreets.length - 200})`);
    const partOf = await onCy<string[]>(page, `cy.getElementById('${shown[0]}').connectedEdges().map((e) => e.data('type') + ' ' + e.target().data('label'))`);
    expect(partOf).toContain('PART_OF 临平区');
    await shot(page, 'scale-02-expanded');
  });

  it('expands the selected group from the notice, folds it back with collapse, and undoes that', async () => {
    const at = await centreOn(page, LINPING);
    await page.mouse.click(at.x, at.y);
    const button = page.locator('#aggregate-notice button.expand-group');
    await expect(page.locator('#aggregate-notice').textContent()).resolves.toContain(`已选：临平区 · 街道/镇，尚有 ${linpingStreets.length - 200} 个未展开`);
    await expect(button.isEnabled()).resolves.toBe(true);
    await button.click();
    await page.waitForFunction(`window.explorer.cy.getElementById('${LINPING}').empty()`, null, { timeout: 30_000 });
    expect(await shownIds(page, linpingStreets)).toHaveLength(linpingStreets.length);
    await expect(button.isEnabled()).resolves.toBe(false);
    await shot(page, 'scale-03-all-members');

    const member = await centreOn(page, 'st0');
    await page.mouse.click(member.x, member.y);
    await page.locator('#btn-collapse').click();
    expect(await shownIds(page, linpingStreets)).toEqual([]);
    expect((await groups(page)).find((g) => g.id === LINPING)?.count).toBe(linpingStreets.length);
    await page.locator('#btn-undo').click();
    expect(await shownIds(page, linpingStreets)).toHaveLength(linpingStreets.length);
  });
});

interface Doc {
  id: string;
  text: string;
  mentions: { entityId: string; type: string; name: string; start: number; end: number }[];
}

async function documentOf(id: string): Promise<Doc> {
  const query = 'query($id: ID!) { document(id: $id) { id text mentions { entityId type name start end } } }';
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id } }) });
  return ((await res.json()) as { data: { document: Doc } }).data.document;
}

/** The outlined span's text, and whether it lies inside the document panel's visible box. */
async function focusOnScreen(page: Page): Promise<{ text: string; visible: boolean; scrolled: number }> {
  const mark = page.locator('#tab-document mark.focus');
  await mark.waitFor({ timeout: 30_000 });
  // the panel scrolls to the mark once the document has laid out: give a loaded machine time for it
  const inView = async () => {
    const [box, panel] = await Promise.all([mark.boundingBox(), page.locator('#tab-document').boundingBox()]);
    return !!box && !!panel && box.y >= panel.y && box.y + box.height <= panel.y + panel.height;
  };
  let visible = await inView();
  for (const until = Date.now() + 10_000; !visible && Date.now() < until; visible = await inView()) await page.waitForTimeout(200);
  const scrolled = await page.locator('#tab-document').evaluate((el) => el.scrollTop);
  return { text: (await mark.textContent()) ?? '', visible, scrolled };
}

describe('a link to a document view', () => {
  const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../seeds/manifest.json'), 'utf8')) as { documents: { file: string; sha256: string }[] };
  const docId = manifest.documents.find((d) => d.file.startsWith('001_'))?.sha256 as string;
  let doc: Doc;

  beforeAll(async () => {
    doc = await documentOf(docId);
  });

  it('opens the document with the span outlined and scrolled into view', async () => {
    const late = [...doc.mentions].sort((a, b) => b.start - a.start).find((m) => m.type === 'Project' || m.type === 'Slogan') as Doc['mentions'][number];
    expect(late.start).toBeGreaterThan(doc.text.length / 2);
    await page.goto(`${api.url}/?tab=document&doc=${docId}&span=${late.start}-${late.end}&mention=${encodeURIComponent(late.entityId)}`);
    const focus = await focusOnScreen(page);
    expect(focus.text).toBe(doc.text.slice(late.start, late.end));
    expect(focus.visible).toBe(true);
    expect(focus.scrolled).toBeGreaterThan(0);
    await expect(page.locator('#tabbtn-document').getAttribute('aria-selected')).resolves.toBe('true');
    await shot(page, 'links-01-document-span');
  });

  it('puts a picked mention into the address, and the address brings it back', async () => {
    const first = page.locator('#tab-document mark[data-entity]:not(.focus)').first();
    await first.scrollIntoViewIfNeeded();
    const [start, end, entity, text] = await Promise.all([first.getAttribute('data-start'), first.getAttribute('data-end'), first.getAttribute('data-entity'), first.textContent()]);
    await first.click();
    await page.waitForFunction((s) => new URL(location.href).searchParams.get('span') === s, `${start}-${end}`);
    const params = new URL(page.url()).searchParams;
    expect([params.get('doc'), params.get('mention'), params.get('tab')]).toEqual([docId, entity, 'document']);
    await page.goto(page.url());
    const focus = await focusOnScreen(page);
    expect(focus.text).toBe(text);
    expect(focus.visible).toBe(true);
    await shot(page, 'links-02-picked-mention');
  });

  it('outlines the first mention of the entity a link names without a span', async () => {
    const entity = doc.mentions.find((m) => m.type === 'Slogan') as Doc['mentions'][number];
    const firstOf = doc.mentions.filter((m) => m.entityId === entity.entityId).sort((a, b) => a.start - b.start)[0];
    await page.goto(`${api.url}/?tab=document&doc=${docId}&mention=${encodeURIComponent(entity.entityId)}`);
    expect((await focusOnScreen(page)).text).toBe(doc.text.slice(firstOf.start, firstOf.end));
  });

  it('keeps the evidence span of an opened document in the link', async () => {
    await page.goto(api.url + '/');
    await searchAndPick(page, '星动巴士');
    await page.locator('#tab-evidence .links button', { hasText: '星动巴士 → 全域创新' }).click();
    await page.locator('#tab-evidence button.open-doc').first().click();
    await page.locator('#tab-document mark.focus').waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('span'));
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    const focus = await focusOnScreen(page);
    expect(focus.text).toContain('星动巴士');
    expect(focus.visible).toBe(true);
    await shot(page, 'links-03-evidence-link');
  });
});
