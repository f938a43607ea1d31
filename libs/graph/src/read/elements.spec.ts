import { Node, Relationship } from 'neo4j-driver';
import { collectElements, edgeKey } from './elements';

const DB = '5:1b163291-56eb-475a-9b24-5ef5941a0a07';

describe('collectElements', () => {
  const place = new Node(1, ['Place'], { id: '330113004', name: '星桥街道', level: 'street' }, `${DB}:1`);
  const slogan = new Node(2, ['Slogan'], { id: '全域美丽', name: '全域美丽', pinyin: 'quanyumeili' }, `${DB}:2`);
  const adopts = new Relationship(7, 1, 2, 'ADOPTS', { years: [2019], firstYear: 2019, documents: ['d1'] }, `${DB}:7`, `${DB}:1`, `${DB}:2`);

  it('sends each value once: id and level in data, not again in properties; years of a relationship likewise', () => {
    const { nodes, edges } = collectElements([[place, slogan, adopts]]);
    expect(nodes.find((n) => n.data.id === '330113004')?.data).toEqual({
      id: '330113004',
      label: '星桥街道',
      type: 'Place',
      level: 'street',
      years: null,
      properties: { name: '星桥街道' },
    });
    expect(edges).toEqual([
      { data: { id: 'r7', source: '330113004', target: '全域美丽', label: 'ADOPTS', type: 'ADOPTS', years: [2019], properties: { firstYear: 2019, documents: ['d1'] } } },
    ]);
  });

  it('keys a relationship by the number in its elementId', () => {
    expect(edgeKey(`${DB}:1212365`)).toBe('r1212365');
    expect(edgeKey('42')).toBe('r42');
  });
});
