import { nodeVisible, edgeVisible, isFiltering, EMPTY_FILTER } from './filters';

describe('filters', () => {
  const street = { id: 's', type: 'Place', level: 'street', label: '星桥街道', district: '临平区', city: '杭州市', years: [2019, 2020] };
  const slogan = { id: 'g', type: 'Slogan', label: '全域美丽' };

  it('shows everything with the empty filter', () => {
    expect(nodeVisible(street, EMPTY_FILTER)).toBe(true);
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
  });

  it('hides kinds', () => {
    const f = { ...EMPTY_FILTER, hiddenKinds: ['street'] };
    expect(nodeVisible(street, f)).toBe(false);
    expect(nodeVisible(slogan, f)).toBe(true);
    expect(isFiltering(f)).toBe(true);
  });

  it('filters by district or city but lets placeless nodes through', () => {
    expect(nodeVisible(street, { ...EMPTY_FILTER, place: '临平区' })).toBe(true);
    expect(nodeVisible(street, { ...EMPTY_FILTER, place: '杭州市' })).toBe(true);
    expect(nodeVisible(street, { ...EMPTY_FILTER, place: '萧山区' })).toBe(false);
    expect(nodeVisible(slogan, { ...EMPTY_FILTER, place: '萧山区' })).toBe(true);
  });

  it('counts every district a place sat under', () => {
    const moved = { id: 'x', type: 'Place', level: 'street', label: '星桥街道', within: ['余杭区', '临平区'] };
    expect(nodeVisible(moved, { ...EMPTY_FILTER, place: '余杭区' })).toBe(true);
    expect(nodeVisible(moved, { ...EMPTY_FILTER, place: '临平区' })).toBe(true);
    expect(nodeVisible(moved, { ...EMPTY_FILTER, place: '萧山区' })).toBe(false);
  });

  it('filters by an inclusive year range on any active year', () => {
    expect(nodeVisible(street, { ...EMPTY_FILTER, from: 2020, to: 2024 })).toBe(true);
    expect(nodeVisible(street, { ...EMPTY_FILTER, from: 2021 })).toBe(false);
    expect(nodeVisible(street, { ...EMPTY_FILTER, to: 2018 })).toBe(false);
    expect(edgeVisible({ id: 'e', years: [2024] }, { ...EMPTY_FILTER, to: 2019 })).toBe(false);
    expect(edgeVisible({ id: 'e' }, { ...EMPTY_FILTER, to: 2019 })).toBe(true);
  });
});
