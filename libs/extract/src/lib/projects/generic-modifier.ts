import { tagWords, type Word } from '../segment';
import { gazetteer } from '../places/gazetteer';
import { isPlaceName } from './name-boundary';

// Common words that describe a class of things rather than name one: 企业技术研究中心, 现代农业产业园,
// 国家物流枢纽 are kinds of facility; 天府新区, 双港水厂, 光谷生物城 name one.
const GENERIC_WORDS = new Set([
  '国家', '国际', '全国', '省', '市', '区', '县', '镇', '乡', '村', '全省', '全市', '全区', '我市', '本市', '各级', '省级', '市级', '县级',
  '企业', '技术', '研究', '研发', '创新', '现代', '现代化', '农业', '工业', '产业', '经济', '装备', '制造', '特色', '外资', '内资', '物流',
  '重要', '重点', '重大', '人均', '城市', '农村', '乡村', '生态', '绿色', '智慧', '数字', '智能', '医药', '生物医药', '健康', '金融', '商务',
  '电子商务', '贸易', '临床', '医学', '高新技术', '新兴', '先进', '标准化', '循环', '低碳', '能源', '新能源', '环保', '体育', '文化', '旅游',
  '科技', '科研', '信息', '教育', '卫生', '医疗', '养老', '社区', '公共', '服务', '综合', '示范', '试点', '一批', '大中型', '中小型',
  '机电', '设施', '农田', '水利', '道路', '交通', '公路', '干线', '国省', '景观', '民生', '社会', '公益', '基础', '配套', '骨干', '龙头',
  '高端', '优质', '新型', '传统', '大型', '小型', '新', '老', '大', '小', '高', '好', '各类', '相关', '有关', '主要', '区域', '地方',
  '特色小镇', '历史', '园区', '平台', '中心', '项目', '工程', '人才', '就业', '创业', '孵化', '电商', '跨境', '外贸', '港口', '口岸',
  '物流园', '商贸', '市场', '专业', '批发', '国有', '民营', '民间', '政府', '投资', '招商', '合作', '共建', '战略', '性',
  '普惠性', '民办', '公办', '义务教育', '高品质', '高星级', '品质', '中小学', '阶段', '城乡', '新改扩建', '改扩建', '标志性', '一体化',
  '中央', '镇级', '村级', '饮用水源', '美丽', '全域', '幸福', '和谐', '文明', '平安', '精品', '质量', '动态', '策划', '软件', '商业', '跨国公司', '高质量', '集聚', '资源', '美化', '绿化', '亮化', '硬化', '定点', '亚定点', '普通', '强链', '补链', '延链', '港航', '集中式', '精品', '优秀', '节庆', '自驾', '行业', '处理', '邮件',
  '燃气', '电力', '供排水', '供水', '排水', '供热', '供电', '供气', '通信', '民航', '楼宇', '深加工', '服务外包', '外包',
  '提标', '提质', '新上', '中试', '中小', '旧城', '区级', '省属', '市属', '城际', '通航', '遗址', '光伏', '光电', '冷链', '抓大',
  '水产', '食品', '鞋业', '煤运', '生物质', '双向', '通达', '滨湖', '县城'
]);

// Tags of words that never name a thing by themselves: verbs, adjectives, adverbs, time and place words.
const FILLER_TAGS = /^(v|vn|vd|a|ad|an|d|b|f|t|q|m|r|p|c|u|uj|ul|uz|ud|y|e|o|k|h)$/;

// 第十一污水处理厂, 三厂: an ordinal or a count inside a name points at one thing
const isGeneric = (w: Word) => !isCityName(w.text) && (composedOfGeneric(w.text) || (FILLER_TAGS.test(w.tag) && !/\d|^第/.test(w.text)));

/** A prefecture-level city by its short name (包头 of 包头市): never a common word, whatever its tag. */
function isCityName(word: string): boolean {
  return word.length >= 2 && (gazetteer().byName.get(word + '市') ?? []).some((d) => d.level === 'city');
}

/** 现代农业 = 现代 + 农业: a word the dictionary keeps whole but made of common words. */
function composedOfGeneric(word: string): boolean {
  if (GENERIC_WORDS.has(word)) return true;
  for (let k = word.length - 1; k >= 1; k--) if (GENERIC_WORDS.has(word.slice(0, k)) && composedOfGeneric(word.slice(k))) return true;
  return false;
}

// 改造, 管网, 平台, 园区: heads so common that only a proper name before them makes one thing
// (玉带河改造, 绿色金融综合服务平台 is still a kind; 中关村信息谷创新平台 is one).
const WEAK_HEADS = /^(项目|工程|水源地|基金|改造|综合治理|管网|平台|园区|片区|景区|核心区|功能区|新区|新城|中心|服务中心|基地|实验室|热线|服务网|数据库|大脑|示范点|广场|截污)$/;
const NAMED_ZONE_HEADS = /^(新区|新城|片区|核心区|功能区)$/;
const ZONE_HEADS = /^(新城区|新城|新区|片区|生态城|经济区|功能区|产业区|城)$/;
const DESIGNATION_HEADS = /^(试验区|示范区|先行区|合作区|保税区|综保区|自贸区)$/;
const PROPER_TAGS = /^(ns|nr|nrt|nz|nt|j|eng)$/;

function properWord(w: Word): boolean {
  if (GENERIC_WORDS.has(w.text)) return false;
  // 包头, 遵义: a city the segmenter tags as a verb is still the city
  if (isCityName(w.text)) return true;
  return PROPER_TAGS.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fffA-Za-z]{2,}$/.test(w.text)) || /\d|^第/.test(w.text);
}

/** The words of text[start, headStart): taken from words already cut when they line up, else cut anew. */
function wordsBetween(text: string, start: number, headStart: number, known?: Word[]): Word[] | null {
  const inside = known?.filter((w) => w.start >= start && w.end <= headStart);
  if (inside?.length && inside[0].start === start && inside[inside.length - 1].end === headStart) return inside;
  try {
    return tagWords(text, start, headStart);
  } catch {
    return null;
  }
}

/** True when every word before the head is a common word: the phrase names a kind, not one thing. */
export function genericModifier(text: string, start: number, headStart: number, head = '', known?: Word[]): boolean {
  if (headStart <= start) return true;
  const words = wordsBetween(text, start, headStart, known);
  if (!words) return false;
  // 西部新城, 南部循环经济区: a quarter of a city named by its direction is one place
  if (ZONE_HEADS.test(head) && /^(东部|西部|南部|北部|中部|东|西|南|北)$/.test(words[0]?.text ?? '')) return false;
  // 大村至遵义铁路: a route from one place to another is that one route, however the segmenter tags the places
  const route = /^([\u4e00-\u9fff]{2,4})(?:经[\u4e00-\u9fff]{2,4})?至([\u4e00-\u9fff]{2,4})$/.exec(text.slice(start, headStart));
  if (route && (isPlaceName(route[1]) || isPlaceName(route[2]))) return false;
  // 西外环工程, 二环路改造: a city has one ring road of each name
  if (/^(?:[东西南北]|城市|城区)?(?:外环|内环|[一二三四五六]环)/.test(text.slice(start, headStart))) return false;
  // 城市数字大脑: a city's "brain" is always the one system
  if (head === '大脑') return false;
  // 陆港型国家物流枢纽, 全国性综合交通枢纽: the kind of hub a city means to be, not a hub built
  if (head === '枢纽' && /型|性|化|全球|国际|全国/.test(text.slice(start, headStart))) return true;
  // 天府新区, 时空科创基地: a zone named by a word that is not a common word is that one zone
  if (NAMED_ZONE_HEADS.test(head) && words.some((w) => /^(n|nz|ns|x)$/.test(w.tag) && w.text.length >= 2 && !composedOfGeneric(w.text))) return false;
  // 医疗废物处置中心, 国家知识产权审查协作中心: a long description with a word of its own names one institution
  if (/^(中心|服务中心)$/.test(head) && headStart - start >= 6 && words.some((w) => /^(n|nz|x)$/.test(w.tag) && w.text.length >= 2 && !composedOfGeneric(w.text))) return false;
  if (WEAK_HEADS.test(head)) return !words.some(properWord);
  // 国家数字经济创新发展试验区: a long designation names one zone however common its words
  if (DESIGNATION_HEADS.test(head) && headStart - start >= 6) return false;
  return words.every(isGeneric);
}
