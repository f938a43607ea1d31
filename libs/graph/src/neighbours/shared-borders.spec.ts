import { loadGazetteer } from '../gazetteer-load';
import { computeNeighbours } from './compute-neighbours';
import { sharedBorders } from './shared-borders';

const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];

describe('sharedBorders', () => {
  it('pairs areas along a shared edge, not at a corner', () => {
    const areas = [
      { code: 'A', rings: square(0, 0) },
      { code: 'B', rings: square(1, 0) },
      { code: 'C', rings: square(2, 1) },
    ];
    expect(sharedBorders(areas).map((b) => [b.a, b.b])).toEqual([['A', 'B']]);
  });
});

describe('computeNeighbours', () => {
  it('rolls counties up to their cities and provinces, by code or by name', () => {
    const data = computeNeighbours(
      loadGazetteer(),
      [
        { code: '330106', name: '西湖区', file: 'hangzhou', rings: square(0, 0) },
        { code: '', name: '吴兴区', file: 'huzhou', rings: square(1, 0) },
        { code: '341004', name: '徽州区', file: 'huangshan', rings: square(0, 1) },
        { code: '999999', name: '不在的县', file: 'nowhere', rings: square(5, 5) },
      ],
      '0.0.0',
    );
    expect(data.tiers.district.map(([a, b]) => [a, b])).toEqual([['330106', '330502'], ['330106', '341004']]);
    expect(data.tiers.city.map(([a, b]) => [a, b])).toEqual([['3301', '3305'], ['3301', '3410']]);
    expect(data.tiers.province.map(([a, b]) => [a, b])).toEqual([['33', '34']]);
    expect(data.unmatched).toEqual(['nowhere:不在的县']);
  });
});
