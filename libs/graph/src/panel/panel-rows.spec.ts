import { adoptionCurve } from './curves';
import type { CoveredBody } from './coverage.queries';
import { panelRows } from './panel-rows';

const province = { id: '33', name: '浙江省', code: '33', level: 'province', depth: 1, since: null, until: null };
const city = (id: string, name: string, years: number[]): CoveredBody => ({
  body: { id, name, code: id, level: 'city' },
  ancestors: [province],
  documents: new Map(years.map((y) => [y, 1])),
});

describe('panelRows', () => {
  const rows = panelRows({
    level: 'city',
    from: 2016,
    to: 2019,
    bodies: [city('3301', '杭州市', [2017, 2018]), city('3304', '嘉兴市', [2019]), city('3305', '湖州市', [2016])],
    adoptions: new Map([
      ['3301', { firstYear: 2017, years: [2017, 2018] }],
      ['3304', { firstYear: 2019, years: [2019] }],
      ['33', { firstYear: 2017, years: [2017] }],
    ]),
    neighbours: new Map([['3304', { all: ['31', '3301', '3305'], observed: ['3301', '3305'] }]]),
  });
  const at = (body: string, year: number) => rows.find((r) => r.body === body && r.year === year);

  it('gives every body every year, covered only where it has a document', () => {
    expect(rows).toHaveLength(12);
    expect(at('杭州市', 2016)).toMatchObject({ covered: false, adopted: false, at_risk: true, event: false });
    expect(at('杭州市', 2017)).toMatchObject({ covered: true, uses: true, adopted: true, at_risk: true, event: true, years_since_parent: 0 });
    expect(at('杭州市', 2019)).toMatchObject({ covered: false, uses: false, adopted: true, at_risk: false, years_since_parent: 2 });
  });

  it('counts neighbours adopted by the end of the year before', () => {
    expect(at('嘉兴市', 2017)).toMatchObject({ neighbours: 3, neighbours_observed: 2, neighbours_adopted: 0, neighbour_share: 0 });
    expect(at('嘉兴市', 2018)).toMatchObject({ neighbours_adopted: 1, neighbour_share: 0.5 });
    expect(at('湖州市', 2018)).toMatchObject({ neighbours: 0, neighbour_share: null, parent: '浙江省', parent_first_year: 2017 });
  });

  it('makes the curve: adoptions over those at risk', () => {
    expect(adoptionCurve(rows, 2016, 2019).map((p) => [p.year, p.atRisk, p.adoptions, p.cumulative, p.hazard])).toEqual([
      [2016, 3, 0, 0, 0],
      [2017, 3, 1, 1, 1 / 3],
      [2018, 2, 0, 1, 0],
      [2019, 2, 1, 2, 0.5],
    ]);
  });
});
