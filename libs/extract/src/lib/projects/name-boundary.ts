import { tagSpans, tagWords, type TaggedSpans, type Word } from '../segment';
import { gazetteer } from '../places/gazetteer';
import { GENERIC, HEAD_ALTERNATIVES, HEAD_WORD_SET, LEFT_STOPS, NAME_INTERNAL } from './vocabulary';

let placeNames: Set<string> | null = null;

/** Cities and districts by full or short name (大同, 萧山区): words a name may start with. */
export function isPlaceName(word: string): boolean {
  if (!placeNames) {
    placeNames = new Set();
    const g = gazetteer();
    for (const [name, divisions] of g.byName) if (divisions.some((d) => d.level !== 'street')) placeNames.add(name);
    for (const short of g.byShortName.keys()) if (short.length >= 2) placeNames.add(short);
  }
  return placeNames.has(word);
}

// Where a project name starts, walking left from its head noun over the segmenter's words.
const BOUNDARY = '，。；、：！？\n“”（）()《》,;:';
const STOP_TAGS = /^(v|p|c|u|uj|ul|uz|ud|d|r|q|y|e|o)$/;
const MAX_NAME = 22;

// 千里海堤, 百里画廊, 万里茶道: a figure of speech a name opens with, not the tail of a count
const COUNTED_PLACE_WORD = /^(?:千里|百里|万里|千岛|千年|百年)(?![米吨元])/;

function stopsName(w: Word, next: Word | undefined): boolean {
  // 太阳纸业一期技改项目: a phase belongs to the name
  if (NAME_INTERNAL.has(w.text) || /^[一二三四五六七八九十\d]期$/.test(w.text)) return false;
  // 10兆瓦并网型光伏电站: 并网 (grid-connected), cut by the segmenter, is no joining word
  if (w.text === '并' && !!next && next.text.startsWith('网')) return false;
  // 铝镁合金高新材料产业园: 高新 (tagged an adverb) qualifies the name's next word
  if (w.text === '高新') return false;
  // 环北部湾…工程, 环太湖大道: 环 before a place is the first word of the name
  // 跨黄河公路桥, 跨浑河连接线: 跨 before a river names what the work crosses
  if ((w.text === '环' || w.text === '跨') && !!next && /^(ns|nr|nz)$/.test(next.tag)) return false;
  // 大同综合客运枢纽, 天黎高速云州街互通工程: a place the segmenter mistags, or a head inside a longer name
  if (w.text.length >= 2 && (isPlaceName(w.text) || HEAD_WORD_SET.has(w.text))) return false;
  if (COUNTED_PLACE_WORD.test(w.text)) return false;
  // 同济-香港理工**高等研究院: a hyphen or a redaction inside a name does not end it
  if (w.tag === 'x') return !/^[\u4e00-\u9fffA-Za-z0-9·]+$/.test(w.text) && !(/^[-*—－]$/.test(w.text) && next !== undefined && /^[\u4e00-\u9fff*]/.test(next.text));
  if (w.tag === 'm') return /\d/.test(w.text) || next?.tag === 'q' || /^[一两]$/.test(w.text);
  // 麦积至秦州段改线工程: the stretch of a route is part of the work's name
  if (w.text === '段' && !!next && next.tag !== 'x' && next.text.length >= 2) return false;
  return STOP_TAGS.test(w.tag);
}

// 30万吨原油码头, 第6代柔性面板生产线: a capacity or a generation belongs to the name it measures
// 柳塘路318弄成套改造: a house number too
const CAPACITY_UNIT = /^(万吨|吨|万台|台|万辆|辆|兆瓦|千瓦|万千瓦|千伏|万套|套|代|弄|号|幢|栋|公里|米)$/;

function capacityInName(words: Word[], k: number): boolean {
  const w = words[k];
  const next = words[k + 1];
  const prev = words[k - 1];
  if (/^\d+(\.\d+)?$/.test(w.text) && !!next && CAPACITY_UNIT.test(next.text) && !!words[k + 2]) return true;
  if (CAPACITY_UNIT.test(w.text) && !!prev && /^\d+(\.\d+)?$/.test(prev.text)) return true;
  // 12345市长热线: a service number names its line
  if (/^\d{3,5}$/.test(w.text) && words.slice(k + 1).some((x) => x.text.endsWith('热线'))) return true;
  // 国道109线, 省道210线: a road's number is its name
  // 310国道麦积至秦州段: …and so is the number before it
  if (/^\d+$/.test(w.text) && (!!next?.text.startsWith('线') || /^(国道|省道|县道)$/.test(prev?.text ?? '') || /^(国道|省道|县道)/.test(next?.text ?? ''))) return true;
  return w.text === '第' && !!next && /^\d+$/.test(next.text) && words[k + 2]?.text === '代';
}

// 青石口工业园, 龙王口水库: 口 after a noun ends a place's name, it counts nothing
function placeEndingInKou(words: Word[], k: number): boolean {
  return words[k].text === '口' && /^(n|ns|nr|nz)$/.test(words[k - 1]?.tag ?? '');
}

/** 清林径水库引水调蓄工程: a verb between nouns belongs to the name. */
function sandwichedVerb(words: Word[], k: number): boolean {
  const w = words[k];
  const left = words[k - 1];
  // 湖州危险废物综合处置中心, 安吉两库引水工程: a verb after a noun-like word inside the name
  // 松岭（青禾）抽水蓄能电站: the aside that closes before the verb stands for the place it names
  const nounLike = !!left && (/^(n|ns|nr|nz|nt|j|l|vn|eng|zg|ng)$/.test(left.tag) || /^[）)]$/.test(left.text) || (left.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(left.text)) || CAPACITY_UNIT.test(left.text));
  // 青禾研究院引入省科学院, 松岭迈入高铁时代: a verb of entering or reaching starts a clause of its own
  if (REACHING.test(w.text)) return false;
  return (w.tag === 'v' || w.tag === 'vn') && !LEFT_STOPS.has(w.text) && nounLike && !LEFT_STOPS.has(left.text);
}

const REACHING = /^(?:迈入|迈向|进入|引入|引进|通达|到达|走向|跨入|步入|融入|接入|达到)$/;

// 都市产业园党群服务中心, 宁杭高铁二通道, 华东师范大学附属医院: a head followed at once by more
// name words and another head is not the end of the name; 沈阳铁路局 names a bureau, not a railway.
const NAME_GOES_ON = new RegExp(`^[\\u4e00-\\u9fff0-9]{0,8}?(${HEAD_ALTERNATIVES}|局)`);

const LONG_STOPS = [...LEFT_STOPS, '分别', '总'].filter((w) => w.length >= 2 || w === '总');

export function continuesIntoName(text: string, end: number): boolean {
  const m = NAME_GOES_ON.exec(text.slice(end, end + 12));
  if (!m || /^(项目|工程)/.test(m[0])) return false;
  const between = m[0].slice(0, m[0].length - m[1].length);
  // …纪念馆两个红色教育基地: a count between the heads says what kind of thing the named ones are
  if (/^[两二三四五六七八九十\d]+[个座家所处条项]/.test(between)) return false;
  return !/[和与及等的暨、]/.test(between) && !LONG_STOPS.some((w) => between.includes(w));
}



// 后勤保障基地, 实训基地, 康养基地: this common head names one thing only in a formal title joined by 暨.
const WEAK_HEAD = /^基地$/;

/** 云尖信息总部暨新型基础设施智造基地: a title of two parts joined by 暨 is a proper name. */
export function properlyNamed(text: string, found: { start: number; end: number }, head: string): boolean {
  if (!WEAK_HEAD.test(head)) return true;
  const name = text.slice(found.start, found.end);
  // 南山旅游基地, 深交所湛江基地, 国家半导体照明工程产业化基地: a place or a national title names the base
  return /^[^暨]{2,}暨[^暨]{2,}$/.test(name) || /国家|[\u4e00-\u9fff]{6,}/.test(name.slice(0, -2)) || startsWithPlace(name);
}

function startsWithPlace(name: string): boolean {
  for (let n = 4; n >= 2; n--) if (isPlaceName(name.slice(0, n))) return true;
  return false;
}

/** 、亚都大厦、: an item of an enumeration is a name as a whole, however the segmenter cuts it. */
function wholeListItem(text: string, from: number, headStart: number): boolean {
  if (text[from - 1] !== '、' || headStart - from > 10 || headStart - from < 2) return false;
  const item = text.slice(from, headStart);
  return /^[\u4e00-\u9fffA-Za-z0-9·]+$/.test(item) && !/[和与及等的]/.test(item) && ![...LEFT_STOPS].some((w) => w.length >= 2 && item.includes(w));
}

// 巴斯夫（广东）一体化基地, LNG内河接收（转运）站: a short aside in brackets belongs to the name
const SHORT_ASIDE = /[（(][\u4e00-\u9fffA-Za-z]{1,4}[）)]$/;

function clauseStart(text: string, at: number): number {
  const min = Math.max(0, at - MAX_NAME - 6);
  for (let i = at - 1; i >= min; i--) {
    if ((text[i] === '）' || text[i] === ')') && SHORT_ASIDE.test(text.slice(Math.max(0, i - 5), i + 1))) {
      const open = text.lastIndexOf(text[i] === '）' ? '（' : '(', i);
      // （一）国际航运中心: a numbered heading's ordinal, not an aside inside a name
      if (/^[（(][一二三四五六七八九十\d]+[）)]$/.test(text.slice(open, i + 1)) || !/[\u4e00-\u9fffA-Za-z0-9]/.test(text[open - 1] ?? '')) return i + 1;
      // an aside right before the head is inside the name only after two of its characters (云南煤炭交易（储配）中心)
      if (i + 1 >= at && !/[\u4e00-\u9fff]{2}$/.test(text.slice(Math.max(0, open - 2), open))) return i + 1;
      i = open;
      continue;
    }
    if (BOUNDARY.includes(text[i])) return i + 1;
  }
  return min;
}

function insideShortAside(text: string, w: Word): boolean {
  if (!/^[（）()]$/.test(w.text)) return false;
  const open = w.text === '（' || w.text === '(' ? w.start : text.lastIndexOf(w.text === '）' ? '（' : '(', w.start);
  const close = text.indexOf(text[open] === '（' ? '）' : ')', open);
  const aside = text.slice(open, close + 1);
  return open > 0 && close > open && SHORT_ASIDE.test(aside) && !/^[（(][一二三四五六七八九十\d]+[）)]$/.test(aside) && /[\u4e00-\u9fffA-Za-z0-9]/.test(text[open - 1]);
}

/**
 * 国家超级计算昆山中心, 国家可持续发展议程创新示范区: a formal title that opens with 国家 keeps
 * the verbs inside it, so a walk stopped by one goes on to the 国家 a few words back.
 */
function nationalTitleStart(words: Word[], first: number, headEnd: number): number {
  for (let k = first - 1; k >= 0 && headEnd - words[k].start <= MAX_NAME; k--) {
    const w = words[k];
    // 南平国家农业可持续发展试验示范区: the place the national title is given to leads it
    if (w.text === '国家') return k > 0 && (words[k - 1].tag === 'ns' || isPlaceName(words[k - 1].text)) ? k - 1 : k;
    // 可持续 may stand inside the title; a verb that acts on a thing (获批, 建成) stands before it
    // 国家尽早核准建设…: an adverb says the state acts, it opens no title
    if ((LEFT_STOPS.has(w.text) && (w.text.length === 1 || !/^(持续|发展|创新|提升|优化|完善|综合|系统)$/.test(w.text))) || w.tag === 'x' || w.tag === 'm' || /^(p|c|u|uj|r|d)$/.test(w.tag)) break;
  }
  return first;
}

// 提升, 绿化美化, 提质扩容: kinds of work done, with no name of their own
const WORK_KIND = /^(?:提升|改造|绿化|美化|亮化|整治|提质|扩容|升级|修缮|维修|配套|加固|硬化|提档|整修){1,3}$/;

const INSTITUTE = /^(?:研究院|研究所|研究中心|创新中心|实验室|学院)$/;

// 6号线, 2号线南延线: a numbered metro line is named by its number
const METRO_LINE = /^\d+号线(?:[一二三四五六七八九十首]期(?:工程)?|[东西南北]段|[东西南北]延线)?$/;

/** The words before each head, tagged together for nameEndingAt (the spans it would tag one by one). */
export function wordsBeforeHeads(text: string, heads: readonly { index: number; 0: string }[]): TaggedSpans {
  const spans: [number, number][] = [];
  for (const m of heads) {
    const from = clauseStart(text, m.index);
    if (from < m.index) spans.push([from, m.index + m[0].length]);
  }
  return tagSpans(text, spans);
}

export function nameEndingAt(text: string, headStart: number, headEnd: number, tagged?: TaggedSpans): { name: string; start: number; end: number; words: Word[] } | null {
  const from = clauseStart(text, headStart);
  if (from >= headStart) return null;
  let words: Word[];
  try {
    words = tagged?.get(from, headEnd) ?? tagWords(text, from, headEnd);
  } catch {
    return null;
  }
  if (!words.length || words[words.length - 1].end !== headEnd) return null;
  let i = words.length - 1;
  while (i > 0 && words[i].start > headStart) i--;
  // 思路, 道路: a road only when 路 stands alone or ends a word the dictionary does not know
  // 长江路, 金陵西路: a word the dictionary knows as a place is a road's name
  if (text[headStart] === '路' && headEnd - headStart === 1 && words[i].text !== '路' && words[i].tag !== 'x' && words[i].tag !== 'ns') return null;
  let first = i;
  let joined = -1;
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k];
    // 松岭河周边基础设施改造及提升项目: 及 before a bare kind of work joins two works on one named thing
    if (w.text === '及' && first === k + 1 && k > 0 && WORK_KIND.test(text.slice(w.end, headStart)) && /^(v|vn|n|l)$/.test(words[k - 1].tag) && NAME_INTERNAL.has(words[k - 1].text)) continue;
    // 机器人与智能制造创新研究院, 亚欧水资源研究和利用中心: an institute is named for two fields joined
    if ((w.text === '与' || w.text === '和') && first === k + 1 && INSTITUTE.test(text.slice(headStart, headEnd)) && k > 0 && /^(n|nz|vn|ns|j)$/.test(words[k - 1].tag) && words[k + 1] && /^(n|nz|vn)$/.test(words[k + 1].tag)) continue;
    if (LEFT_STOPS.has(w.text) && !NAME_INTERNAL.has(w.text)) break;
    if (insideShortAside(text, w)) {
      // 云南煤炭交易（储配）中心: the words inside the aside are the name's, whatever the segmenter tags them
      if (/^[）)]$/.test(w.text)) {
        let open = k - 1;
        while (open > 0 && !/^[（(]$/.test(words[open].text)) open--;
        if (/^[（(]$/.test(words[open].text)) k = open;
      }
      first = k;
      continue;
    }
    // 松岭至柳塘一级公路: a route between two places is named by both ends
    const from = words[k - 1];
    if (w.text === '至' && from && (/^(ns|nr|nz|j)$/.test(from.tag) || (from.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(from.text)) || (from.text.length >= 2 && isPlaceName(from.text))) && first === k + 1) {
      first = k;
      continue;
    }
    // 青禾学院及松岭小学, cut by the segmenter as 学院|及松岭|小学: the name starts after the joining word
    if (w.tag === 'x' && /^[及和与][\u4e00-\u9fff]{2,}$/.test(w.text) && HEAD_WORD_SET.has(words[k - 1]?.text ?? '')) {
      joined = w.start + 1;
      first = k;
      break;
    }
    if (stopsName(w, words[k + 1]) && !sandwichedVerb(words, k) && !capacityInName(words, k) && !placeEndingInKou(words, k)) break;
    if (headEnd - w.start > MAX_NAME) break;
    first = k;
  }
  if (joined < 0) {
    first = nationalTitleStart(words, first, headEnd);
    while (first < words.length - 1 && (NAME_INTERNAL.has(words[first].text) || LEFT_STOPS.has(words[first].text))) first++;
  }
  const start = joined >= 0 ? joined : wholeListItem(text, from, headStart) ? from : words[first].start;
  const name = text.slice(start, headEnd);
  const modifier = text.slice(start, headStart).replace(/^[项个家条座所]/, '');
  if (name.length < 3 || (modifier.length < 2 && !METRO_LINE.test(name)) || GENERIC.test(modifier) || (joined < 0 && /^[万亿千百元个项家性型件座所处]/.test(name) && !COUNTED_PLACE_WORD.test(name)) || /\d{4}年|^\d+[年月日]/.test(name) || (/^\d/.test(name) && !/^\d+(\.\d+)?(万吨|吨|万台|台|万辆|兆瓦|千瓦|万千瓦|千伏|万套)/.test(name) && !/^\d{3,5}[\u4e00-\u9fff]{0,4}热线$/.test(name) && !/^\d{2,4}(?:国道|省道|县道)/.test(name) && !METRO_LINE.test(name)) || /^[*-]|[*-]$/.test(modifier)) return null;
  return { name, start, end: headEnd, words };
}
