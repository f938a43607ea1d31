import { canonicalName, resolveName } from './canonical-name';
import { sloganAliases } from './slogan-aliases';
import { toBaseUnit } from './unit-family';
import { romanize } from './romanize';

describe('canonicalName', () => {
  it('drops quotes and converts traditional script', () => {
    expect(canonicalName('“全域美麗”')).toBe('全域美丽');
    expect(canonicalName('「蕭濱一體化」')).toBe('萧滨一体化');
    expect(canonicalName('全域美丽')).toBe('全域美丽');
  });

  it('maps a listed alias to its slogan', () => {
    expect(resolveName('三改一拆行動', sloganAliases())).toBe('三改一拆');
    expect(resolveName('“最多跑一次”改革', sloganAliases())).toBe('最多跑一次');
  });
});

describe('toBaseUnit', () => {
  it.each([
    [36, '万元', 360000, '元'],
    [4521.3, '亿元', 452130000000, '元'],
    [12, '万平方米', 120000, '平方米'],
    [3, '万吨', 30000, '吨'],
    [5, '千瓦', 5, '千瓦'],
    [2, '万千瓦', 20000, '千瓦'],
    [16.9, '%', 16.9, '%'],
    [8, '公里', 8, '千米'],
    [1.2, '千亿元', 120000000000, '元'],
    [3, '百亿元', 30000000000, '元'],
    [5, '十万人', 500000, '人'],
    [2, '十亿元', 2000000000, '元'],
  ])('%d %s is %d %s', (value, unit, baseValue, baseUnit) => {
    expect(toBaseUnit(value, unit)).toEqual({ baseValue, baseUnit });
  });
});

describe('romanize', () => {
  it('gives toneless pinyin and initials', () => {
    expect(romanize('全域美丽')).toEqual({ pinyin: 'quanyumeili', initials: 'qyml' });
  });
});
