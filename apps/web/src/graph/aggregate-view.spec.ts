import { displayElements, aggregateSize } from './aggregate-view';
import { groupNodes } from './aggregate';
import { graph } from './aggregate.fixture';
import { GraphElement, isEdge } from './types';

const grouping = groupNodes(graph);
const names: Record<string, string> = { street: '街道/镇', project: '项目' };
const show = (shown: string[] = [], dropped: string[] = []) => displayElements(graph, grouping, { shown: new Set(shown), dropped: new Set(dropped) }, (k) => names[k] ?? k);
const byId = (els: GraphElement[], id: string) => els.find((e) => e.data.id === id);
const edgesBetween = (els: GraphElement[], source: string, target: string) => els.filter((e) => isEdge(e) && e.data.source === source && e.data.target === target);

const STREETS = 'group:street:330113';

describe('displayElements', () => {
  it('draws a group node with its area, kind and count instead of its members', () => {
    const els = show();
    expect(byId(els, '330113004')).toBeUndefined();
    expect(byId(els, STREETS)?.data).toMatchObject({ label: '临平区 · 街道/镇 (3)', count: 3, total: 3, kind: 'street', aggregate: true, district: '临平区' });
    expect(byId(els, STREETS)?.classes).toBe('street aggregate');
    expect(byId(els, '330109001')?.data.label).toBe('新街街道');
    expect(byId(els, 'group:project:330113')?.data.count).toBe(2);
  });

  it('merges edges touching a group into one per source, target and type, with the count', () => {
    const els = show();
    const adopts = edgesBetween(els, STREETS, 'slogan:全域美丽');
    expect(adopts).toHaveLength(1);
    expect(adopts[0].data).toMatchObject({ type: 'ADOPTS', count: 2, label: 'ADOPTS ×2', aggregate: true });
    expect(edgesBetween(els, STREETS, '330113')[0].data.count).toBe(2);
    expect(edgesBetween(els, STREETS, '330110')[0].data.count).toBe(1);
    expect(edgesBetween(els, '330109001', 'slogan:全域美丽')[0].data.id).toBe('330109001-ADOPTS-slogan:全域美丽');
  });

  it('keeps every edge end on screen', () => {
    const els = show(['330113004'], ['330109001']);
    const ids = new Set(els.filter((e) => !isEdge(e)).map((e) => e.data.id));
    for (const e of els.filter(isEdge)) expect([ids.has(e.data.source as string), ids.has(e.data.target as string)]).toEqual([true, true]);
  });

  it('shows expanded members as themselves and shrinks the group', () => {
    const els = show(['330113004']);
    expect(byId(els, '330113004')?.data.label).toBe('星桥街道');
    expect(byId(els, STREETS)?.data).toMatchObject({ count: 2, total: 3, label: '临平区 · 街道/镇 (2)' });
    expect(edgesBetween(els, '330113004', 'slogan:全域美丽')).toHaveLength(1);
    expect(edgesBetween(els, STREETS, 'slogan:全域美丽')[0].data.count).toBe(1);
    expect(edgesBetween(els, '330113004|星动巴士', 'doc1:10')).toHaveLength(0);
  });

  it('drops the group once every member is shown or hidden, and leaves out hidden nodes', () => {
    const els = show(['330113004', '330113005'], ['330113006', '330109001']);
    expect(byId(els, STREETS)).toBeUndefined();
    expect(byId(els, '330109001')).toBeUndefined();
    expect(edgesBetween(els, '330109001', 'slogan:全域美丽')).toHaveLength(0);
  });

  it('draws a group left with one member as that member, with its own edges', () => {
    const els = show(['330113004', '330113005'], ['330113|云尖信息总部']);
    expect(byId(els, STREETS)).toBeUndefined();
    expect(byId(els, '330113006')?.data.label).toBe('南苑街道');
    expect(byId(els, 'group:project:330113')).toBeUndefined();
    expect(byId(els, '330113004|星动巴士')?.data.label).toBe('星动巴士');
    expect(edgesBetween(els, '330113004|星动巴士', 'doc1:10')[0].data.id).toBe('330113004|星动巴士-HAS_OUTCOME-doc1:10');
  });
});

describe('aggregateSize', () => {
  it('grows with the count, slower than linearly, and stays bounded', () => {
    expect(aggregateSize(2)).toBeLessThan(aggregateSize(50));
    expect(aggregateSize(50)).toBeLessThan(aggregateSize(1000));
    expect(aggregateSize(1000) / aggregateSize(50)).toBeLessThan(2);
    expect(aggregateSize(1e6)).toBe(130);
  });
});
