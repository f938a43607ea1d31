import type { AdoptionRow } from './diffusion.queries';
import { spreadEdges, yearSeries } from './diffusion.series';

const place = (id: string, level: string) => ({ id, name: id, code: null, level });
const row = (id: string, level: string, years: number[], parents: Array<[string, number, number | null, number | null]>): AdoptionRow => ({
  body: place(id, level),
  level,
  district: null,
  city: null,
  province: null,
  years,
  firstYear: years[0] ?? null,
  documents: [],
  ancestors: parents.map(([pid, depth, since, until]) => ({ id: pid, name: pid, code: null, level: 'district', depth, since, until })),
});

const district = row('余杭区', 'district', [2017, 2018], [['杭州市', 1, null, null]]);
const xingqiao = row('星桥街道', 'street', [2019, 2020], [['余杭区', 1, null, 2020], ['临平区', 1, 2021, null], ['杭州市', 2, null, null]]);
const nanyuan = row('南苑街道', 'street', [2021], [['余杭区', 1, null, 2020], ['临平区', 1, 2021, null]]);
const donghu = row('东湖街道', 'street', [2020], [['余杭区', 1, null, null]]);

describe('yearSeries', () => {
  it('counts each body once, in the year it first appears', () => {
    const series = yearSeries([district, xingqiao, donghu]);
    expect(series.map((y) => [y.year, y.newAdopters.map((b) => b.id), y.cumulative])).toEqual([
      [2017, ['余杭区'], 1],
      [2018, [], 1],
      [2019, ['星桥街道'], 2],
      [2020, ['东湖街道'], 3],
    ]);
    expect(series[3].adopters.map((b) => b.id)).toEqual(['星桥街道', '东湖街道']);
  });
});

describe('spreadEdges', () => {
  it('links a higher body to the lower bodies that adopted after it', () => {
    const edges = spreadEdges([district, xingqiao]).filter((e) => e.kind === 'hierarchy');
    expect(edges).toEqual([expect.objectContaining({ from: place('余杭区', 'district'), to: place('星桥街道', 'street'), fromYear: 2017, toYear: 2019 })]);
  });

  it('links the first street under a parent to its later siblings, by the parent of that year', () => {
    const edges = spreadEdges([xingqiao, donghu, nanyuan]).filter((e) => e.kind === 'sibling');
    expect(edges.map((e) => [e.from.id, e.to.id])).toEqual([['星桥街道', '东湖街道']]);
  });

  it('leaves bodies with boundaries to NEIGHBOURS: no sibling edge between two districts of a city', () => {
    const xihu = row('西湖区', 'district', [2019], [['杭州市', 1, null, null]]);
    expect(spreadEdges([district, xihu]).filter((e) => e.kind !== 'hierarchy')).toEqual([]);
  });

  it('draws no edge between bodies adopting in the same year', () => {
    const sameYear = row('乔司街道', 'street', [2019], [['余杭区', 1, null, null]]);
    expect(spreadEdges([xingqiao, sameYear])).toEqual([]);
  });
});
