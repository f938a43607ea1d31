import { groupNodes, groupId, DEFAULT_AGGREGATE } from './aggregate';
import { scopesOf } from './aggregate-scope';
import { graph } from './aggregate.fixture';

describe('scopesOf', () => {
  const scopes = scopesOf(graph);
  const label = (id: string) => scopes.get(id)?.label ?? null;

  it('puts a street in its current district, or the district it names', () => {
    expect(label('330113004')).toBe('临平区');
    expect(label('330109001')).toBe('萧山区');
    expect(label('330113006')).toBe('临平区');
  });

  it('follows a project to its body, an outcome to its project and a document to its subject', () => {
    expect(label('330113004|星动巴士')).toBe('临平区');
    expect(label('330113|云尖信息总部')).toBe('临平区');
    expect(label('doc1:10')).toBe('临平区');
    expect(label('doc1')).toBe('临平区');
  });

  it('gives a district its city and a slogan no area', () => {
    expect(label('330113')).toBe('杭州市');
    expect(label('slogan:全域美丽')).toBeNull();
  });
});

describe('groupNodes', () => {
  it('groups streets by district and leaves groups of one as nodes', () => {
    const { groups, groupOf } = groupNodes(graph);
    const linping = groups.get(groupId('street', { id: '330113', label: '临平区', kind: 'district' }));
    expect(linping?.members.sort()).toEqual(['330113004', '330113005', '330113006']);
    expect(groupOf.has('330109001')).toBe(false);
    expect(groupOf.has('slogan:全域美丽')).toBe(false);
    expect(groupOf.has('330113')).toBe(false);
  });

  it('orders members by how connected they are', () => {
    const { groups } = groupNodes(graph);
    expect([...groups.values()].find((g) => g.kind === 'street')?.members[0]).toBe('330113004');
  });

  it('groups kinds that are too many to show one by one, and falls back to kind alone past maxGroups', () => {
    const districtsGrouped = groupNodes(graph, { ...DEFAULT_AGGREGATE, keepLimit: 2 });
    expect(districtsGrouped.groupOf.get('330113')).toBe(groupId('district', { id: '330100', label: '杭州市', kind: 'city' }));
    const byKind = groupNodes(graph, { ...DEFAULT_AGGREGATE, maxGroups: 0 });
    expect(byKind.groups.get(groupId('street', null))?.members).toHaveLength(4);
  });
});
