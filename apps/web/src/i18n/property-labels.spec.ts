import { allPropertyWords, propertyName, propertyValue } from './property-labels';

const HAN = /[\u3400-\u9fff]/;

describe('property labels', () => {
  it('name a property and word its known values in the language asked', () => {
    expect(propertyName('firstYear', 'zh')).toBe('首次年份');
    expect(propertyName('firstYear', 'en')).toBe('First year');
    expect(propertyValue('status', 'achieved', 'zh')).toBe('已实现');
    expect(propertyValue('level', 'street', 'en')).toBe('street/town');
    expect(propertyValue('type', 'Place', 'zh')).toBe('地点');
  });

  it('keep what they do not know, and data, as stored', () => {
    expect(propertyName('tier', 'zh')).toBe('tier');
    expect(propertyValue('metric', '垃圾减量', 'en')).toBe('垃圾减量');
    expect(propertyValue('status', 'unheard-of', 'zh')).toBe('unheard-of');
    expect(propertyValue('years', [2019, 2024], 'zh')).toBe('[2019,2024]');
    expect(propertyValue('value', 7000, 'en')).toBe('7000');
  });

  it('hold Chinese on the Chinese side and none on the English side', () => {
    const words = allPropertyWords();
    expect(words.filter((w) => !HAN.test(w.zh))).toEqual([]);
    expect(words.filter((w) => HAN.test(w.en))).toEqual([]);
  });
});
