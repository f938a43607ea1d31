import { emptyParams, parseParams } from './params';

describe('parseParams', () => {
  it('accepts objects and empty text', () => {
    expect(parseParams('{"slogan":"全域美丽","n":3}')).toEqual({ slogan: '全域美丽', n: 3 });
    expect(parseParams('  ')).toEqual({});
  });
  it('rejects arrays, scalars and broken JSON', () => {
    for (const bad of ['[1]', '3', 'null', '{"a":', "{'a':1}"]) expect(parseParams(bad)).toBeNull();
  });
});

describe('emptyParams', () => {
  it('names the declared or given parameters left empty, missing, blank or null', () => {
    expect(emptyParams({ place: '', year: 2019, previousYear: null }, ['place', 'year', 'previousYear', 'limit'])).toEqual(['place', 'previousYear', 'limit']);
    expect(emptyParams({ slogan: '' })).toEqual(['slogan']);
    expect(emptyParams({ slogan: '全域美丽' }, ['slogan'])).toEqual([]);
  });
});
