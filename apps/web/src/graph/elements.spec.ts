import { toCyElements, newElements, nodeKind, elementYears, countKinds } from './elements';

describe('nodeKind', () => {
  it('maps a Place to its level and other labels to their kind', () => {
    expect(nodeKind({ id: 'a', type: 'Place', level: 'street' })).toBe('street');
    expect(nodeKind({ id: 'b', type: 'District' })).toBe('district');
    expect(nodeKind({ id: 'c', type: 'Slogan' })).toBe('slogan');
    expect(nodeKind({ id: 'd', type: 'Place' })).toBe('other');
    expect(nodeKind({ id: 'e', type: 'Gadget' })).toBe('other');
  });
});

describe('elementYears', () => {
  it('collects years, firstYear and year, sorted and de-duplicated', () => {
    expect(elementYears({ id: 'x', years: [2024, 2019, 2019], firstYear: 2019, year: '2021' })).toEqual([2019, 2021, 2024]);
    expect(elementYears({ id: 'x', years: [0, 'abc'], year: 12 })).toEqual([]);
  });
});

describe('toCyElements', () => {
  const api = [
    { data: { id: 'slogan:全域美丽', label: '全域美丽', type: 'Slogan' } },
    { data: { id: '330113004', label: '星桥街道', type: 'Place', level: 'street', years: [2019] } },
    { data: { id: 'e1', source: '330113004', target: 'slogan:全域美丽', type: 'ADOPTS', label: 'ADOPTS' } },
  ];

  it('adds kind classes, groups and the first year', () => {
    const [slogan, street, edge] = toCyElements(api);
    expect(slogan).toMatchObject({ group: 'nodes', classes: 'slogan', data: { kind: 'slogan' } });
    expect(street).toMatchObject({ group: 'nodes', classes: 'street', data: { firstYear: 2019, label: '星桥街道' } });
    expect(edge).toMatchObject({ group: 'edges', classes: 'adopts' });
  });

  it('lifts properties into data without overriding it, and trims labels', () => {
    const [outcome] = toCyElements([{ data: { id: 'o', label: '  开通“星动巴士”', type: 'Outcome', level: null, properties: { year: 2019, type: 'ignored', status: 'achieved' } } }]);
    expect(outcome.data).toMatchObject({ label: '开通“星动巴士”', type: 'Outcome', year: 2019, status: 'achieved', firstYear: 2019 });
  });

  it('never lifts keys Cytoscape reads as structure', () => {
    const [doc] = toCyElements([{ data: { id: 'd', type: 'Document', properties: { source: 'http://gov.cn/a', parent: 'x', title: '报告' } } }]);
    expect(doc.group).toBe('nodes');
    expect(doc.data).not.toHaveProperty('source');
    expect(doc.data).not.toHaveProperty('parent');
    expect(doc.data.title).toBe('报告');
  });

  it('leaves the input untouched', () => {
    toCyElements(api);
    expect(api[0].data).not.toHaveProperty('kind');
  });

  it('labels a node without a label by its name, then its id', () => {
    const [a, b] = toCyElements([{ data: { id: 'n1', name: '萧滨一体化' } }, { data: { id: '𠀋id' } }]);
    expect(a.data.label).toBe('萧滨一体化');
    expect(b.data.label).toBe('𠀋id');
  });
});

describe('newElements', () => {
  it('keeps unseen nodes and only edges whose ends exist', () => {
    const incoming = toCyElements([
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bz', source: 'b', target: 'z' } },
    ]);
    const fresh = newElements(new Set(['a']), incoming);
    expect(fresh.map((e) => e.data.id)).toEqual(['b', 'ab']);
  });

  it('drops duplicates within one batch', () => {
    const incoming = toCyElements([{ data: { id: 'a' } }, { data: { id: 'a' } }]);
    expect(newElements(new Set(), incoming)).toHaveLength(1);
  });
});

describe('countKinds', () => {
  it('counts nodes by kind and ignores edges', () => {
    const els = toCyElements([
      { data: { id: 'a', type: 'Slogan' } },
      { data: { id: 'b', type: 'Slogan' } },
      { data: { id: 'c', type: 'Project' } },
      { data: { id: 'ab', source: 'a', target: 'b', type: 'HAS_PART' } },
    ]);
    expect(countKinds(els)).toEqual({ slogan: 2, project: 1 });
  });

  it('counts a group as the members folded into it, under their kind', () => {
    const els = [
      { group: 'nodes' as const, data: { id: 'group:street:330113', type: 'Aggregate', kind: 'street', aggregate: true, count: 120 } },
      ...toCyElements([{ data: { id: '330113004', type: 'Place', level: 'street' } }]),
    ];
    expect(nodeKind(els[0].data)).toBe('street');
    expect(countKinds(els)).toEqual({ street: 121 });
  });
});
