import { diffusionModel, cumulativeByYear } from './diffusion-model';
import type { Adopter, DiffusionResult } from '../api/operations';

const adopter = (id: string, name: string, district: string, years: number[]): Adopter => ({
  body: { id, name, level: 'street' },
  level: 'street',
  district,
  city: '杭州市',
  province: '浙江省',
  years,
  firstYear: Math.min(...years),
});

const result: DiffusionResult = {
  slogan: { id: '全域美丽', name: '全域美丽' },
  totalAdopters: 3,
  years: [],
  adopters: [adopter('x', '星桥街道', '临平区', [2019, 2020]), adopter('n', '新街街道', '萧山区', [2024]), adopter('w', '闻堰街道', '萧山区', [2021])],
  firstAdopters: [adopter('x', '星桥街道', '临平区', [2019, 2020])],
};

describe('diffusionModel', () => {
  it('groups by district, earliest group first, adopters by first year', () => {
    const m = diffusionModel(result, 'district');
    expect(m.minYear).toBe(2019);
    expect(m.maxYear).toBe(2024);
    expect(m.groups.map((g) => [g.name, g.adopters.map((a) => a.body.name)])).toEqual([
      ['临平区', ['星桥街道']],
      ['萧山区', ['闻堰街道', '新街街道']],
    ]);
    expect(m.firstIds.has('x')).toBe(true);
    expect(m.firstYearById.get('n')).toBe(2024);
  });

  it('builds a cumulative curve over every year in range', () => {
    expect(cumulativeByYear(result.adopters, 2019, 2024).map((c) => c.count)).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('groups by city', () => {
    expect(diffusionModel(result, 'city').groups.map((g) => g.name)).toEqual(['杭州市']);
  });

  describe('by province', () => {
    const body = (id: string, name: string, level: string, places: Pick<Adopter, 'district' | 'city' | 'province'>, years: number[]): Adopter => ({
      body: { id, name, level }, level, ...places, years, firstYear: Math.min(...years),
    });
    const wider: DiffusionResult = {
      ...result,
      totalAdopters: 6,
      adopters: [
        ...result.adopters,
        body('sz', '深圳市', 'city', { district: null, city: '深圳市', province: '广东省' }, [2020]),
        body('zj', '浙江省', 'province', { district: null, city: null, province: '浙江省' }, [2022]),
        body('CN', '中国', 'country', { district: null, city: null, province: null }, [2018]),
      ],
    };

    it('puts streets, cities and the province itself under their province, the country on its own', () => {
      const m = diffusionModel(wider, 'province');
      expect(m.groups.map((g) => [g.name, g.adopters.map((a) => a.body.name)])).toEqual([
        ['中国', ['中国']],
        ['浙江省', ['星桥街道', '闻堰街道', '浙江省', '新街街道']],
        ['广东省', ['深圳市']],
      ]);
      expect(m.cumulative.at(-1)?.count).toBe(6);
    });

    it('lets a province adopter stand under its own name when grouping by district or city', () => {
      expect(diffusionModel(wider, 'district').groups.map((g) => g.name)).toEqual(['中国', '临平区', '深圳市', '萧山区', '浙江省']);
      expect(diffusionModel(wider, 'city').groups.map((g) => g.name)).toEqual(['中国', '杭州市', '深圳市', '浙江省']);
    });
  });
});
