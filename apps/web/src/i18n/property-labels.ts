// The graph's property names and the values the page can put into words, in both languages, for the
// evidence panel's property list. A property not listed keeps the name the graph stores it under.
import type { Lang } from '../state/url-state';

type Words = Record<Lang, string>;

const NAMES: Record<string, Words> = {
  name: { zh: '名称', en: 'Name' },
  code: { zh: '区划代码', en: 'Division code' },
  level: { zh: '级别', en: 'Level' },
  within: { zh: '所属', en: 'Within' },
  type: { zh: '类型', en: 'Type' },
  aliases: { zh: '别称', en: 'Other names' },
  origin: { zh: '提出层级', en: 'Launched at' },
  bodyId: { zh: '所属机构', en: 'Body' },
  title: { zh: '标题', en: 'Title' },
  date: { zh: '日期', en: 'Date' },
  year: { zh: '年份', en: 'Year' },
  years: { zh: '年份', en: 'Years' },
  firstYear: { zh: '首次年份', en: 'First year' },
  since: { zh: '起始年份', en: 'Since' },
  until: { zh: '截止年份', en: 'Until' },
  file: { zh: '文件', en: 'File' },
  sourceKey: { zh: '来源路径', en: 'Source' },
  source: { zh: '来源', en: 'Source' },
  publisher: { zh: '发布机构', en: 'Publisher' },
  format: { zh: '格式', en: 'Format' },
  script: { zh: '字体', en: 'Script' },
  pageCount: { zh: '页数', en: 'Pages' },
  ocrPages: { zh: 'OCR 识别页', en: 'Pages read by OCR' },
  ingestedAt: { zh: '载入时间', en: 'Loaded at' },
  extractor: { zh: '抽取器版本', en: 'Extractor version' },
  metric: { zh: '指标', en: 'Metric' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  baseValue: { zh: '换算数值', en: 'Value in base unit' },
  baseUnit: { zh: '基本单位', en: 'Base unit' },
  status: { zh: '状态', en: 'Status' },
  document: { zh: '文档', en: 'Document' },
  documents: { zh: '文档', en: 'Documents' },
  start: { zh: '起始位置', en: 'Start offset' },
  end: { zh: '结束位置', en: 'End offset' },
  starts: { zh: '起始位置', en: 'Start offsets' },
  ends: { zh: '结束位置', en: 'End offsets' },
  page: { zh: '页码', en: 'Page' },
  pages: { zh: '页码', en: 'Pages' },
  confidence: { zh: '置信度', en: 'Confidence' },
  rule: { zh: '抽取规则', en: 'Rule' },
  order: { zh: '次序', en: 'Order' },
};

const LEVELS: Record<string, Words> = {
  country: { zh: '国家', en: 'country' },
  province: { zh: '省', en: 'province' },
  city: { zh: '市', en: 'city' },
  district: { zh: '区县', en: 'district' },
  street: { zh: '街道/镇', en: 'street/town' },
};

// Values worded by the property they are of; others are data, shown as stored.
const VALUES: Record<string, Record<string, Words>> = {
  level: LEVELS,
  origin: LEVELS,
  type: {
    Place: { zh: '地点', en: 'place' },
    Slogan: { zh: '口号', en: 'slogan' },
    Project: { zh: '项目', en: 'project' },
    Outcome: { zh: '成果', en: 'outcome' },
    Document: { zh: '文档', en: 'document' },
  },
  status: {
    achieved: { zh: '已实现', en: 'achieved' },
    target: { zh: '目标', en: 'target' },
    in_progress: { zh: '进行中', en: 'in progress' },
    input: { zh: '投入', en: 'input' },
  },
  script: { simplified: { zh: '简体', en: 'simplified' }, traditional: { zh: '繁体', en: 'traditional' } },
};

/** A property's name in the language, or the key itself when it has none. */
export function propertyName(key: string, lang: Lang): string {
  return NAMES[key]?.[lang] ?? key;
}

/** A property's value as the page shows it: a known word in the language, else the value as stored. */
export function propertyValue(key: string, value: unknown, lang: Lang): string {
  if (typeof value === 'string') return VALUES[key]?.[value]?.[lang] ?? value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Every name and word the table holds, for checking both languages are there. */
export function allPropertyWords(): Words[] {
  return [...Object.values(NAMES), ...Object.values(VALUES).flatMap((v) => Object.values(v))];
}
