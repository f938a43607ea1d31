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
