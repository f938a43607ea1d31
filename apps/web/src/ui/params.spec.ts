import { parseParams } from './params';

describe('parseParams', () => {
  it('accepts objects and empty text', () => {
    expect(parseParams('{"slogan":"全域美丽","n":3}')).toEqual({ slogan: '全域美丽', n: 3 });
    expect(parseParams('  ')).toEqual({});
  });
  it('rejects arrays, scalars and broken JSON', () => {
    for (const bad of ['[1]', '3', 'null', '{"a":', "{'a':1}"]) expect(parseParams(bad)).toBeNull();
  });
});
