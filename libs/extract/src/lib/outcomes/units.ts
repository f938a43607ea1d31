import { MAGNITUDES } from '@policy-graph/model';

// Unit words after a number, longest first, with their base unit and factor.
const BASE_UNITS: Record<string, string> = {
  元: '元', 美元: '美元', 平方米: '平方米', 平方公里: '平方公里', 平方千米: '平方公里', 立方米: '立方米', 方: '方',
  亩: '亩', 公顷: '公顷', 公里: '公里', 千米: '公里', 米: '米', 吨: '吨', 千瓦: '千瓦', 千瓦时: '千瓦时', 度: '度',
  个: '个', 家: '家', 项: '项', 条: '条', 幢: '幢', 栋: '栋', 座: '座', 场次: '场次', 场: '场', 次: '次', 人次: '人次',
  名: '名', 人: '人', 户: '户', 件: '件', 份: '份', 处: '处', 宗: '宗', 张: '张', 针: '针', 所: '所', 辆: '辆',
  台: '台', 套: '套', 间: '间', 只: '只', 头: '头', 株: '株', 棵: '棵', 批: '批', 大类: '大类', 类: '类', 例: '例',
  床: '床', 班: '班', 支: '支', 块: '块', 盏: '盏', 口: '口', 篇: '篇', 部: '部', 册: '册', 册次: '册次', 位: '位', 单: '单', 期: '期', 轮: '轮', 列: '列',
  '%': '%', '‰': '‰', 个百分点: '个百分点', 倍: '倍', 斤: '斤', 公斤: '公斤', 席: '席', 标箱: '标箱', 标准箱: '标准箱',
  // 低保标准911元/月: a rate per month or year is its own unit
  '元/月': '元/月', '元/年': '元/年', '元/人': '元/人',
};
// A unit word that is really the start of another word: 5项目, 3处置, 2名单.
const NOT_AFTER: Record<string, string> = {
  项: '目', 处: '置理', 名: '单称额', 家: '庭园长乡', 场: '所馆地景', 条: '例件款', 方: '案面式向法针位', 所: '有属以在',
  人: '民员才口', 部: '门署分', 次: '要数序', 度: '假', 类: '型别似', 口: '岸号', 台: '湾', 位: '于置', 班: '子',
  头: '部', 支: '持付出撑', 块: '区', 间: '隔', 批: '准复示', 期: '间末中初限货刊', 轮: '胎', 列: '入为车',
};

const SORTED = Object.keys(BASE_UNITS).sort((a, b) => b.length - a.length);

export interface UnitMatch {
  unit: string;
  length: number;
  base: string;
  factor: number;
}

function baseUnitAt(text: string, i: number): { word: string } | null {
  for (const word of SORTED) {
    if (text.startsWith(word, i)) {
      const next = text[i + word.length] ?? '';
      if (NOT_AFTER[word]?.includes(next) && next) return null;
      return { word };
    }
  }
  return null;
}

/** The unit written at text[i], with an optional magnitude (万, 亿) and 余/多 between: 2万余方 → 万方. */
export function unitAt(text: string, i: number): UnitMatch | null {
  // 千米, 千瓦: a unit that starts like a magnitude is that unit
  const whole = baseUnitAt(text, i);
  if (whole && MAGNITUDES.some(([mag]) => whole.word.startsWith(mag))) return { unit: whole.word, length: whole.word.length, base: BASE_UNITS[whole.word], factor: 1 };
  for (const [mag, factor] of MAGNITUDES) {
    if (!text.startsWith(mag, i)) continue;
    let j = i + mag.length;
    const approx = text[j] === '余' || text[j] === '多' ? 1 : 0;
    j += approx;
    const base = baseUnitAt(text, j);
    if (base && base.word !== '%') {
      return { unit: mag + base.word, length: j + base.word.length - i, base: BASE_UNITS[base.word], factor };
    }
    // 1000万 on its own: money or people, the text does not say which (500千伏 measures a line, not a count)
    if (mag === '千') continue;
    return { unit: mag, length: mag.length, base: '', factor };
  }
  const base = baseUnitAt(text, i);
  return base ? { unit: base.word, length: base.word.length, base: BASE_UNITS[base.word], factor: 1 } : null;
}

/** 5个工作日内办结, 优良天数达到284天: a duration a text measures its service or its air by is an outcome. */
export const DURATION_UNIT = /^(个工作日|工作日|天|小时|个月)/;
export const DURATION_CUE = /天数|时限|时间|用时|压缩|缩短|办结|以内|内办|最多/;

/** Units of time make a number a date or a duration, never an outcome. */
export const TIME_WORDS = /^(年|月|日|号|天|周|小时|分钟|时|季度|世纪|届|期|版|批次|轮)/;
