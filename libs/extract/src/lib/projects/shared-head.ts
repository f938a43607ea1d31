import { tagWords } from '../segment';
import type { Span } from '../spans';
import { genericModifier } from './generic-modifier';
import { afterLastVerb, dropGoverning, governingPrefix } from './trim-name';
import { isPlaceName } from './name-boundary';
import { HEAD, LEFT_STOPS } from './vocabulary';

// Lists whose items share the head of the last one: 福州、厦门地铁 → 福州地铁, 厦门地铁;
// 新台、岚临高速 → 新台高速; 阳逻、吴家山、纸坊等新城 → 阳逻新城, 吴家山新城, 纸坊新城.

export interface SharedHeadItem extends Span {
  name: string;
  /** the item as written, without the shared head */
  surface: string;
}

const ITEM = /^[\u4e00-\u9fffA-Za-z0-9·]{1,6}$/;
const COUNTED_AT = /\d+(?:户|个|家|人|名|处|项|亩|万|间|套)$/;
const LEADING_FILLER = /^(?:[了的和及与并对在]|开工建设|加快建设|开工|建设|新建|续建|改扩建)+/;

/** An item that already ends in a head names itself (汀洲学校迁建项目、九年一贯制学校), it shares nothing. */
const OWN_HEAD = new RegExp(`(?:${HEAD.source})$`);

function hasOwnHead(item: string): boolean {
  // 北环线、西环线、青禾路: a ring or a line is a road of its own
  return OWN_HEAD.test(item) || /(?:环线|大道)$/.test(item);
}

// 大辛、西部、老虎冲3座…焚烧发电项目: in a list of works a quarter of the city names one of them
const DIRECTION = /^[东西南北中]部$/;

// 西峰至长庆桥至凤翔路口、…等高速公路: a route between places, however long, whatever its ends are called
const ROUTE = /^[\u4e00-\u9fff]{2,5}至[\u4e00-\u9fff]{2,5}(?:至[\u4e00-\u9fff]{2,5})?$/;

// 抓紧柳塘至青禾改扩建, 青禾至松岭铁路以…: a verb or a preposition in a route is a clause, not a name
const NOT_A_ROUTE = /^(?:抓紧|抓好|加快|推进|推动|开工|建成|完成|启动|实施|力争)|改扩建|扩建|建设|以/;

function plausibleItem(text: string, surface: string, start: number): boolean {
  if (ROUTE.test(surface)) return !NOT_A_ROUTE.test(surface);
  // 奶产业、粮食安全、…物流园, 农村供水保障、…等工程: fields and kinds of work share no head with a work
  // 青禾坊2户、松岭里5户: a count of households or things at a place, not a name sharing a head
  return ITEM.test(surface) && !COUNTED_AT.test(surface) && !LEFT_STOPS.has(surface) && !/[等的]/.test(surface) && !/(产业|安全|资源|生产|整治|评比|保障|巩固提升|提档升级)$/.test(surface) && !hasOwnHead(surface) && (DIRECTION.test(surface) || !genericModifier(text, start, start + surface.length));
}
const SEPARATOR = /[、和与及]/;
const HARD = '，。；：！？\n（）()“”';

/** The part of a found name the other items share: 厦门地铁 → 地铁, 东大河一期湖滨生态湿地 → 湖滨生态湿地. */
function sharedTail(text: string, found: Span, head: string): string {
  // 新渝贵、泸遵、大村至遵义铁路: routes listed before a route share only what they are
  if (/^[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}$/.test(text.slice(found.start, found.end - head.length))) return head;
  let words;
  try {
    words = tagWords(text, found.start, found.end);
  } catch {
    return head;
  }
  // the found name must be a proper word plus what it shares: 厦门地铁, not 项目建设初中
  if (words.length < 2 || !/^(ns|nr|nrt|nz|nt|j|x|eng)$/.test(words[0].tag)) return '';
  const tail = text.slice(words[1].start, found.end).replace(/^[一二三四五六七八九十\d]+期/, '');
  // 神龙三厂: a numbered tail names that one plant, the other items do not share it
  if (/^[一二三四五六七八九十\d第]/.test(tail)) return '';
  // 泰州中国医药城: a tail that opens with a name of its own (中国…) is that one work's, not a shared kind
  if (/^(?:中国|世界)/.test(tail)) return '';
  return tail.length >= head.length ? tail : head;
}

interface ListedItem extends Span {
  surface: string;
}

/** The items of a list that ends at `end`, right to left, while each is a plausible name and a separator precedes it. */
function listedItemsEndingAt(text: string, end: number): ListedItem[] {
  const items: ListedItem[] = [];
  for (let guard = 0; guard < 12 && end > 0; guard++) {
    let start = end;
    while (start > 0 && !HARD.includes(text[start - 1]) && !SEPARATOR.test(text[start - 1]) && end - start < 12) start--;
    const raw = text.slice(start, end);
    let surface = dropGoverning(afterLastVerb(raw).replace(LEADING_FILLER, ''));
    // 发展福州、…示范区, 成功打造南、北公园: a verb before a short item governs the list, it names nothing
    const governing = governingPrefix(surface);
    if (governing && surface.length - governing.length < 2) break;
    surface = surface.slice(governing.length);
    const itemStart = start + raw.length - surface.length;
    if (!plausibleItem(text, surface, itemStart)) break;
    items.push({ surface, start: itemStart, end });
    // a verb opened the list, or nothing separates this item from the text before it
    if (itemStart !== start || !SEPARATOR.test(text[start - 1] ?? '')) break;
    end = start - 1;
  }
  return items;
}

/** The items listed before a found name, each given the shared head. */
export function itemsSharingHead(text: string, found: Span, head: string): SharedHeadItem[] {
  if (!SEPARATOR.test(text[found.start - 1] ?? '')) return [];
  const tail = sharedTail(text, found, head) || shortNamesBeforeHead(text, found, head);
  if (!tail) return [];
  const items = listedItemsEndingAt(text, found.start - 1);
  // 仁怀、习水、新蒲新区: counties listed beside a new district are places, not districts of their own
  if (/^(?:新区|新城)$/.test(tail) && items.some((it) => isPlaceName(it.surface))) return [];
  return items.map((it) => ({ ...it, name: it.surface.endsWith(tail) ? it.surface : joinTail(it.surface, tail) }));
}

// 召泸、寻沾高速公路, 招贤、园子沟煤矿: short names the segmenter does not know, each before the kind of
// thing built, share it (a work's kind, 项目 or 工程, is shared by fields of work as often as by names)
const BUILT_KIND = /^(?:高速公路|高速|铁路|高铁|城际|公路|大桥|隧道|机场|港区|码头|作业区|水库|水厂|电厂|电站|风电场|煤矿|污水处理厂|净化厂|工业园|产业园|科技园|物流园|新城|新区|片区|商圈|小镇|古镇|公园|湿地|景区)$/;

function shortNamesBeforeHead(text: string, found: Span, head: string): string {
  if (!BUILT_KIND.test(head) || text[found.start - 1] !== '、') return '';
  const modifier = text.slice(found.start, found.end - head.length);
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(modifier) || genericModifier(text, found.start, found.end - head.length)) return '';
  const items = listedItemsEndingAt(text, found.start - 1);
  return items.length && items.every((it) => it.surface.length >= 2 && it.surface.length <= 4) ? head : '';
}

// 青禾村、松岭村粮食示范点: the item names its village in full, the tail starts with the same 村
function joinTail(surface: string, tail: string): string {
  return /[村镇乡街区县市]/.test(tail[0]) && surface.endsWith(tail[0]) ? surface + tail.slice(1) : surface + tail;
}

// 阳逻、吴家山、纸坊等新城: items before 等 and a head that names what each of them is
// (华能、庄河等8座燃煤电厂脱硫项目, 伊通河、南湖等一批健身步道, 中德、中韩、中白等国际合作产业园区)
// — built works only: 人民调解、法律咨询等一站式法律服务平台 lists services, not things named
const ETC_HEAD = /^等(一批|[一二三四五六七八九十\d]+[个座条所家处件])?([\u4e00-\u9fff]{0,10}?(?:新城|新区|片区|园区|集中区|[^公]园|港区|水库|水厂|湿地|公园|绿道|步道|高速公路|高速|铁路|高铁|机场|大桥|场馆|基地|小镇|古镇|街区|景区|电厂|电站|污水处理厂|数据中心|项目|工程|城中村改造|棚户区改造|综合治理|(?:国省干线|国省道|干线公路|省道|县道|公路)(?:改造|改扩建|提升)))(?=[，。；、建开完等的加全正已顺稳相投分启和与及步改]|$)/;
// 青禾路、松岭巷等断头路打通: streets listed before the kind of road they are keep their own names
const ETC_ROADS = /^等(?:一批|[一二三四五六七八九十\d]+条)?[\u4e00-\u9fff]{0,4}?(?:断头路|道路|街巷|小巷|支路|背街小巷)(?=[，。；、建开完打贯改提畅的]|$)/;
// 以大辛、西部、老虎冲3座生活垃圾焚烧发电项目投运: items counted straight before what they are
const COUNTED_WORKS = /^\d+[座个所条家处]([\u4e00-\u9fff]{2,10}?(?:污水处理厂|焚烧发电项目|焚烧厂|水厂|电厂|水库|公园|安置小区|项目|工程))(?=[，。；、建开完等的加全正已顺稳相投为]|$)/;
// 北银、裕园2个老旧小区改造: a count of the items and what each of them is
const COUNTED_HEAD = /^(?:等)?\d+个((?:老旧小区|城中村|安置小区|小区)(?:改造|提升|整治)|(?:口袋)?公园|停车场)(?=[，。；、并和及]|$)/;

// each a street's own name: 青禾路, 松岭巷, 柳塘大道 (a verb may open the list: 打通青禾路、…)
const STREET_ITEM = /^(?:打通|贯通|新建|改造|建成|完成|推进)?([\u4e00-\u9fff]{1,6}(?:路|街|巷|大道))$/;

function streetsBefore(text: string, etc: number): SharedHeadItem[] {
  let start = etc;
  while (start > 0 && !HARD.includes(text[start - 1]) && etc - start < 60) start--;
  const parts = text.slice(start, etc).split('、');
  const names = parts.map((p) => STREET_ITEM.exec(p)?.[1]);
  if (parts.length < 2 || names.some((n) => !n)) return [];
  const out: SharedHeadItem[] = [];
  let at = start;
  parts.forEach((p, k) => {
    const name = names[k] as string;
    const itemStart = at + p.length - name.length;
    out.push({ surface: name, name, start: itemStart, end: itemStart + name.length });
    at += p.length + 1;
  });
  return out;
}

export function itemsBeforeEtcHead(text: string): SharedHeadItem[] {
  const out: SharedHeadItem[] = [];
  for (const m of text.matchAll(/(?:等)?\d+[个座所条家处]/g)) {
    const at = m.index ?? 0;
    const head = COUNTED_HEAD.exec(text.slice(at, at + 16)) ?? COUNTED_WORKS.exec(text.slice(at, at + 20));
    if (!head || !/[\u4e00-\u9fff]/.test(text[at - 1] ?? '')) continue;
    const items = listedItemsEndingAt(text, at);
    if (items.length >= 2) out.push(...items.map((it) => ({ ...it, name: it.surface + head[1] })));
  }
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    if (ETC_ROADS.test(text.slice(i, i + 12))) {
      out.push(...streetsBefore(text, i));
      continue;
    }
    const m = ETC_HEAD.exec(text.slice(i, i + 20));
    // 美丽家园创建和实事项目: a head shared by two phrases is not one the items share
    if (!m || !/[\u4e00-\u9fff]/.test(text[i - 1] ?? '') || /[和与及的]/.test(m[2])) continue;
    // 青禾溪、松岭河等小流域综合治理: only waters are treated as a whole by name
    // 茶叶、辣椒、蔬菜等生产基地: what is grown names a kind of base, a place names one
    const byProduce = /(?:生产|种植|养殖|加工)基地$/.test(m[2]);
    const items = listedItemsEndingAt(text, i).filter((it) => (!m[2].endsWith('综合治理') || /[河溪江湖渠沟]$/.test(it.surface)) && (!byProduce || isPlaceName(it.surface)));
    // 孟关等6座污水处理厂: with a count, one item named is one of them
    // 青禾等32件中小型水库: the size class of the counted kind is not part of each one's name
    // 黄河河口、松岭峡等在建水电站: whether each is being built is not part of its name
    const kind = m[2].replace(/^(?:大中小型|中小型|大中型|小型|中型|大型|在建|新建|续建|拟建)(?=[\u4e00-\u9fff]{2})/, '');
    if (items.length >= 2 || (items.length === 1 && /\d/.test(m[1] ?? ''))) out.push(...items.map((it) => ({ ...it, name: it.surface + kind })));
  }
  return out;
}

const COUNT_VALUE: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// 青禾居和柳塘苑两个高端酒店, 松岭烈士陵园、…纪念馆两个红色教育基地: named items counted
// straight before what each of them is; the count must equal the items named
const COUNTED_KIND = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${HEAD.source})(?=建设|[，。；、]|$)`);

const WORK_FIELD = /(治理|改革|建设|缔造|发展|服务|管理|保障|创新|提升|工作|产业|经济)$/;

export function itemsCountedBeforeKind(text: string, isPlace: (name: string) => boolean): SharedHeadItem[] {
  const out: SharedHeadItem[] = [];
  for (const m of text.matchAll(/([两二三四五六七八九十])[个座所家处大]/g)) {
    const at = m.index ?? 0;
    if (!/[\u4e00-\u9fff]/.test(text[at - 1] ?? '') || !COUNTED_KIND.test(text.slice(at + 2, at + 20))) continue;
    let from = at;
    while (from > 0 && !HARD.includes(text[from - 1]) && at - from < 60) from--;
    const clause = afterLastVerb(text.slice(from, at)).replace(LEADING_FILLER, '');
    const clauseStart = at - clause.length;
    const n = COUNT_VALUE[m[1]];
    let parts = clause.split('、');
    if (parts.length !== n) parts = clause.split(/[、和与及]/);
    if (parts.length !== n || parts.some((p) => p.length < 2 || p.length > 16 || LEFT_STOPS.has(p))) continue;
    // 柴达木、西宁两个循环经济试验区: places counted, each with the kind of work it has
    const kind = parts.some((p) => isPlace(p)) && parts.every((p) => isPlace(p) || p.length <= 3) ? COUNTED_KIND.exec(text.slice(at + 2, at + 20))?.[0] : undefined;
    // 党建引领城市基层治理、营商环境改革…四个示范区: fields of work counted, not names
    if (!kind && parts.some((p) => isPlace(p) || WORK_FIELD.test(p))) continue;
    // 沂水、平邑两个市域副中心: a role places are given, not a work
    if (kind && /副中心$/.test(kind)) continue;
    let offset = clauseStart;
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      out.push({ name: kind ? part + kind : part, surface: part, start, end: start + part.length });
      offset = start + part.length;
    }
  }
  return out;
}
