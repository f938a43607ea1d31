import { removePinyinGlosses } from './gloss';
import { normaliseText } from './normalise';
import { unifyWidth } from './width';

describe('pinyin glosses', () => {
  it('drops glosses and maps offsets back to the source', () => {
    const src = '搶抓機(jī)遇，現(xiàn)代社區(qū)';
    const { text, map, removed } = removePinyinGlosses(src);
    expect(text).toBe('搶抓機遇，現代社區');
    expect(removed).toBe(3);
    const i = text.indexOf('社區');
    expect([src[map.toSource(i)], src[map.toSource(i + 1)]]).toEqual(['社', '區']);
    expect(map.toSource(text.length)).toBe(src.length);
  });
  it('keeps parentheses that are not pinyin', () => {
    expect(removePinyinGlosses('无违建镇(街道)，EPC(a963)').removed).toBe(0);
  });
});

describe('normalisation', () => {
  it('converts traditional input, reports the script, keeps a slogan whole', () => {
    const src = '聞堰搶抓“蕭濱一體化”機(jī)遇，打造現(xiàn)代社區(qū)建設(shè)實(shí)驗(yàn)街區(qū)。';
    const n = normaliseText(src);
    expect(n.script).toBe('traditional');
    expect(n.text).toContain('“萧滨一体化”机遇');
    const at = n.text.indexOf('萧滨一体化');
    expect(src.slice(n.sourceMap.toSource(at), n.sourceMap.toSource(at + 5))).toBe('蕭濱一體化');
  });
  it('leaves simplified text and its offsets alone', () => {
    const n = normaliseText('星桥街道实现垃圾减量7000吨');
    expect(n.script).toBe('simplified');
    expect(n.sourceMap.isIdentity).toBe(true);
  });
  it('maps length-changing phrase conversions', () => {
    const src = '採用中介軟體，雲端服務';
    const n = normaliseText(src);
    const at = n.text.indexOf('云');
    expect(src[n.sourceMap.toSource(at)]).toBe('雲');
  });
  it('keeps astral-plane characters and their offsets', () => {
    const src = '𠀀𪚥街道“三個全域”';
    const n = normaliseText(src);
    expect(n.text.startsWith('𠀀𪚥')).toBe(true);
    const at = n.text.indexOf('三');
    expect(src[n.sourceMap.toSource(at)]).toBe('三');
  });
});

describe('width', () => {
  it('unifies punctuation one unit for one, keeping numbers intact', () => {
    const s = '实现ＡＢＣ１２３,投入1,000元(约)，１４:４４';
    const out = unifyWidth(s);
    expect(out).toHaveLength(s.length);
    expect(out).toBe('实现ABC123，投入1,000元（约），14:44');
  });
});

describe('hard-wrapped lines', () => {
  // lines cut at one page width, as text copied out of a PDF or read from a scan has them
  const page = [
    '青禾镇 2023 年政府工作报告',
    '2022 年工作回顾',
    '2022 年是实施“十四五”规划的重要一年。这一年来,镇政府在县',
    '委、县政府和镇党委的坚强领导下,全面落实“三提三效”行动部署,',
    '建成松岭村文化礼堂和柳塘村农产品加工中心,完成投资 3200 万',
    '元。全年共完成项目 12 个,新建道路 8 公里,改造提升农房 60',
    '户,城乡面貌持续改善。',
    '一、抓项目促发展',
    '加快推进青禾工业园二期建设,力争年内完成投资 5000 万元,同',
    '步建设园区污水处理设施,确保全年项目投资稳步增长,实现新突破。',
  ].join('\n');

  it('joins a line that fills the page and ends no sentence to the next, and maps offsets back', () => {
    const n = normaliseText(page);
    expect(n.linesJoined).toBeGreaterThanOrEqual(4);
    expect(n.text).toContain('镇政府在县委、县政府');
    expect(n.text).toContain('完成投资 3200 万元。');
    const at = n.text.indexOf('县委');
    expect(page[n.sourceMap.toSource(at)]).toBe('县');
    expect(page[n.sourceMap.toSource(at + 1)]).toBe('委');
    expect(page.slice(n.sourceMap.toSource(at), n.sourceMap.toSource(at + 2))).toBe('县\n委');
  });

  it('keeps headings, short lines and the end of a paragraph on lines of their own', () => {
    const lines = normaliseText(page).text.split('\n');
    expect(lines).toContain('2022 年工作回顾');
    expect(lines).toContain('一、抓项目促发展');
    expect(lines.some((l) => l.endsWith('城乡面貌持续改善。'))).toBe(true);
  });

  it('leaves a text whose lines are paragraphs alone', () => {
    const text = '一、工作回顾\n全年完成投资3200万元，建成松岭村文化礼堂和柳塘村农产品加工中心，城乡面貌持续改善。\n新建道路8公里。\n二、明年安排\n加快推进青禾工业园二期建设。';
    const n = normaliseText(text);
    expect(n.linesJoined).toBe(0);
    expect(n.text).toBe(text);
  });
});
