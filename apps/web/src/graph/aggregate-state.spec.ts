import { Aggregation } from './aggregate-state';
import { graph } from './aggregate.fixture';
import { toCyElements } from './elements';
import { isEdge } from './types';

const STREETS = 'group:street:330113';
const nodeIds = (a: Aggregation) => a.display((k) => k).filter((e) => !isEdge(e)).map((e) => e.data.id);

describe('Aggregation', () => {
  it('keeps the focus single and reports the size of the grouped view', () => {
    const a = Aggregation.of(graph, ['330113005']);
    expect(nodeIds(a)).toContain('330113005');
    expect(a.summary).toEqual({ elements: graph.length, nodes: 13, groups: 2 });
  });

  it('expands a group a capped number of members at a time, the most connected first', () => {
    const a = Aggregation.of(graph);
    expect(a.isGroup(STREETS)).toBe(true);
    expect(a.expand(STREETS, 1)).toEqual(['330113004']);
    expect(a.groupOf('330113004')).toBe(STREETS);
    expect(a.remaining(STREETS)).toHaveLength(2);
    expect(a.expand(STREETS, 10).sort()).toEqual(['330113005', '330113006']);
    expect(nodeIds(a)).not.toContain(STREETS);
    expect(a.expand(STREETS)).toEqual([]);
  });

  it('folds members back on regroup and keeps hidden nodes away', () => {
    const a = Aggregation.of(graph);
    a.expand(STREETS);
    a.drop(['330113006']);
    a.regroup(STREETS);
    expect(a.groupOf('330113004')).toBeUndefined();
    expect(a.remaining(STREETS).sort()).toEqual(['330113004', '330113005']);
    expect(nodeIds(a)).not.toContain('330113006');
  });

  it('keeps a hidden group away when another group expands or elements arrive', () => {
    const a = Aggregation.of(graph);
    a.drop([STREETS]);
    a.expand('group:project:330113');
    const streets = ['330113004', '330113005', '330113006'];
    for (const id of [STREETS, ...streets]) expect(nodeIds(a)).not.toContain(id);
    const b = a.with(toCyElements([{ data: { id: 'slogan:萧滨一体化', label: '萧滨一体化', type: 'Slogan' } }]));
    for (const id of [STREETS, ...streets]) expect(nodeIds(b)).not.toContain(id);
  });

  it('draws the last member of a group as itself once the rest is expanded', () => {
    const a = Aggregation.of(graph);
    a.expand(STREETS, 2);
    expect(nodeIds(a)).toEqual(expect.arrayContaining(['330113004', '330113005', '330113006']));
    expect(nodeIds(a)).not.toContain(STREETS);
  });

  it('restores a snapshot untouched by later changes', () => {
    const a = Aggregation.of(graph);
    const before = a.snapshot();
    a.expand(STREETS);
    const back = Aggregation.restore(before);
    expect(back.remaining(STREETS)).toHaveLength(3);
    expect(a.remaining(STREETS)).toHaveLength(0);
  });

  it('adds elements once, the arrivals and the expanded node shown single, a last folded member as itself', () => {
    const a = Aggregation.of(graph);
    a.drop(['330113006']);
    const more = toCyElements([
      { data: { id: '330113007', label: '塘栖镇', type: 'Place', level: 'street' } },
      { data: { id: '330113008', label: '运河街道', type: 'Place', level: 'street' } },
      { data: { id: 'p1', source: '330113007', target: '330113', type: 'PART_OF' } },
      { data: { id: 'p2', source: '330113008', target: '330113', type: 'PART_OF' } },
      { data: { id: 'a1', source: '330113008', target: 'slogan:全域美丽', type: 'ADOPTS' } },
    ]);
    const b = a.with([...more, graph[0]], ['330113005']);
    const shown = nodeIds(b);
    expect(shown).toEqual(expect.arrayContaining(['330113007', '330113008', '330113005', '330113004']));
    expect(shown).not.toContain('330113006');
    expect(shown).not.toContain(STREETS);
    expect(b.remaining(STREETS)).toEqual(['330113004']);
    expect(b.summary.elements).toBe(graph.length + more.length);
  });
});
