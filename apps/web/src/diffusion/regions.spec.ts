import type { Adopter } from '../api/operations';
import { regionsOf, stateAt, yearColour, type RegionProps } from './regions';

const county = (code: string, name: string, cityName: string): RegionProps => ({ code, name, city: code.slice(0, 4), cityName, province: '33', provinceName: '浙江省' });
const FEATURES = [county('330110', '余杭区', '杭州市'), county('330109', '萧山区', '杭州市'), county('330106', '西湖区', '杭州市')];

const adopter = (id: string, name: string, district: string, years: number[], reportYears: number[] = []): Adopter => ({
  body: { id, name, level: 'street' }, level: 'street', district, city: '杭州市', province: '浙江省', years, firstYear: Math.min(...years), reportYears,
});

describe('regionsOf', () => {
  // 星桥街道's code is 临平区's since 2021; the map, drawn before, has it in 余杭区, as its 2019 report did.
  const adopters = [adopter('330113004', '星桥街道', '余杭区', [2019, 2020]), adopter('330109011', '新街街道', '萧山区', [2024], [2022, 2024])];
  const coverage = [{ body: { id: '330106001', name: '某街道', level: 'street' }, years: [2015] }, { body: { id: '330113004', name: '星桥街道', level: 'street' }, years: [2021] }];
  const regions = regionsOf('district', FEATURES, adopters, coverage);

  it('places an adopter by the district it named, not by its code of today', () => {
    expect(regions.get('330110')).toMatchObject({ firstYear: 2019, adopters: ['星桥街道'], adopterIds: ['330113004'] });
    expect(regions.has('330113')).toBe(false);
  });

  it('tells a year without a document from a year with documents and no adoption', () => {
    const xiaoshan = regions.get('330109')!;
    expect(stateAt(xiaoshan, 2021)).toBe('no-document');
    expect(stateAt(xiaoshan, 2022)).toBe('not-adopted');
    expect(stateAt(xiaoshan, 2024)).toBe('adopted');
    expect(stateAt(regions.get('330106')!, 2015)).toBe('not-adopted');
    expect([...regions.get('330110')!.covered].sort()).toEqual([2019, 2020, 2021]);
  });

  it('colours earlier adoption darker', () => {
    expect(yearColour(2019, 2019, 2024)).toBe('rgb(179,0,0)');
    expect(yearColour(2024, 2019, 2024)).toBe('rgb(253,212,158)');
  });
});
