import { extractText } from '../pipeline/extract-text';
import { parseArabicNumeral, parseChineseNumeral } from './numerals';
import { unitAt } from './units';

const outcomesOf = (s: string) => extractText(s).outcomes.map((o) => `${o.value}|${o.unit}|${o.status}`);

describe('numerals', () => {
  it.each([
    ['三十五', 35], ['两千三百', 2300], ['十', 10], ['一万二千', 12000], ['三亿', 3e8], ['零', 0],
  ])('reads the Chinese numeral %s', (s, v) => expect(parseChineseNumeral(s)).toBe(v));
  it('reads Arabic numerals with separators and decimals', () => {
    expect(parseArabicNumeral('4521.3')).toBe(4521.3);
    expect(parseArabicNumeral('1,000')).toBe(1000);
    expect(parseArabicNumeral('1,00')).toBeNull();
  });
});

describe('units', () => {
  it('joins a magnitude and a base unit, across 余', () => {
    expect(unitAt('2万余方房产', 1)).toMatchObject({ unit: '万方', base: '方', factor: 1e4 });
    expect(unitAt('36万元资金', 2)).toMatchObject({ unit: '万元', base: '元', factor: 1e4 });
    expect(unitAt('1000万的基金', 4)).toMatchObject({ unit: '万', length: 1 });
  });
  it('reads 确保了 as done and a figure whose work 正在 goes on as in progress', () => {
    expect(outcomesOf('青禾供水工程竣工，确保了6.8万人的安全饮水。')).toEqual(['6.8|万人|achieved']);
    expect(outcomesOf('5家企业的遗留问题正在逐步解决。')).toEqual(['5|家|in_progress']);
  });
  it('reads a figure set apart from its unit by a space, but no year', () => {
    expect(outcomesOf('2015 年，全市实现生产总值 770 亿元，增长 10% 。')).toEqual(['770|亿元|achieved', '10|%|achieved']);
  });
  it('refuses unit words that start other words', () => {
    expect(unitAt('5项目', 1)).toBeNull();
    expect(unitAt('3处置', 1)).toBeNull();
  });
});

describe('outcomes', () => {
  it('parses values, units and base values', () => {
    const [o] = extractText('街道投入36万元资金用于线路运营补偿。').outcomes;
    expect(o).toMatchObject({ value: 36, unit: '万元', baseValue: 360000, baseUnit: '元', status: 'input' });
  });
  it('takes the lower end of a range', () => {
    expect(outcomesOf('力争新增税收千万元的楼宇2至3幢。')).toEqual(['2|幢|target']);
  });
  it('reads status from the wording', () => {
    expect(outcomesOf('实现垃圾减量7000吨。')).toEqual(['7000|吨|achieved']);
    expect(outcomesOf('目前已完成工程量60%。')).toEqual(['60|%|in_progress']);
    expect(outcomesOf('亩均税收不低于15万元。')).toEqual(['15|万元|target']);
    expect(outcomesOf('继续推进银都餐饮等6个续建项目。')).toEqual(['6|个|in_progress']);
    expect(outcomesOf('总投资20亿元。')).toEqual(['20|亿元|input']);
  });
  it('reads money a plan strives to put in, and works new and carried on counted in a plan, as aims', () => {
    const text = '青禾市2016年政府工作报告\n二、2016年工作安排\n信贷投放力争超过1000亿元。全年新建续建投资超千万元项目100个以上。继续推进松岭等6个续建项目。\n';
    expect(outcomesOf(text)).toEqual(['1000|亿元|target', '100|个|target', '6|个|in_progress']);
  });
  it('reads Chinese numerals that count, but not ordinals, meetings or slogans', () => {
    expect(outcomesOf('引进千余人，新增两千三百个岗位，建设三十所学校。').map((o) => o.split('|').slice(0, 2).join('|'))).toEqual(['1000|人', '2300|个', '30|所']);
    expect(outcomesOf('召开五届十六次全会，落实两个维护，建成第三十个站点，百个村庄。')).toEqual([]);
  });
  it('reads works counted as begun or under way in a review as in progress, and works finished as achieved', () => {
    const text = '青禾县2023年工作总结\n一、2023年工作回顾\n大阳等32个项目开工建设，推进46个重点项目建设，建成5座水厂。';
    expect(outcomesOf(text)).toEqual(['32|个|in_progress', '46|个|in_progress', '5|座|achieved']);
  });
  it('reads a duration a service or the air is measured by, and rates per month, but not the length of an event', () => {
    const got = outcomesOf('不动产登记实现5个工作日内办结。空气质量优良天数达到284天。低保标准提高到911元/月。举办为期3天的展会。').map((o) => o.split('|').slice(0, 2).join('|'));
    expect(got).toEqual(['5|个工作日', '284|天', '911|元/月']);
  });
  it('reads a section on how the year\'s work went as a review', () => {
    expect(outcomesOf('清水河街道2021年工作报告\n一、2021年主要工作开展情况\n今年新组建21个小区党支部。')).toEqual(['21|个|achieved']);
  });
  it('skips dates, ordinals, codes and quoted numbers', () => {
    expect(outcomesOf('2019年3月15日，第8批，H083/2024-79731，“1+10”方案，地铁2号线。\n1. 总体要求')).toEqual([]);
  });
});
