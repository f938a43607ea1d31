import { NameIndex } from '../name-index';
import { gazetteer } from '../places';
import { tagWords } from '../segment';
import type { Span } from '../spans';
import { HEAD_ALTERNATIVES, LEFT_STOPS, NAME_INTERNAL } from './vocabulary';

const ENDS_IN_HEAD = new RegExp(`(?:${HEAD_ALTERNATIVES})$`);

const ACTION_VERBS = [...LEFT_STOPS].filter((w) => w.length >= 2 && (w === '建设' || !NAME_INTERNAL.has(w)));

// the verbs by their first character, each with its place in ACTION_VERBS
const VERBS_BY_FIRST = new Map<string, number[]>();
ACTION_VERBS.forEach((verb, k) => VERBS_BY_FIRST.set(verb[0], [...(VERBS_BY_FIRST.get(verb[0]) ?? []), k]));

/** The action verbs that occur in a name, in ACTION_VERBS order: the few worth looking for. */
function verbsIn(name: string): string[] {
  const found = new Set<number>();
  for (const ch of new Set(name)) for (const k of VERBS_BY_FIRST.get(ch) ?? []) if (name.includes(ACTION_VERBS[k])) found.add(k);
  return [...found].sort((a, b) => a - b).map((k) => ACTION_VERBS[k]);
}

/** The part of a name after the last governing verb merged into it: 继续推进银都餐饮 → 银都餐饮. */
export function afterLastVerb(name: string): string {
  let start = 0;
  for (const verb of verbsIn(name)) {
    if (verb === '建设') continue;
    const at = name.lastIndexOf(verb);
    if (at >= 0 && at + verb.length > start && at + verb.length <= name.length - 2) start = at + verb.length;
  }
  return name.slice(start);
}

export interface NamedSpan extends Span {
  name: string;
}

/**
 * Final touches to a project name: cut after a governing verb the segmenter merged into a word,
 * drop a leading district or city name, a quantifier after a number, and widen to a slogan it cuts through.
 */
// verbs that govern a name and that the segmenter glues to it: 做强…平台, 办好…论坛, 力促…码头
const GOVERNING = /^(?:新[（(][改扩续][）)]建|[一二三四五六七八九十]是|开放(?![大型式])|所有|集中力量|及|和|与|以及|以(?!色列)|成功打造|打造|主动参与|主动|核准|批复|积极|大力|主动|全力|着力|努力|加快|改造提升|提升改造|高标准|高质量|高水平|成功|确保|建强|抓实|大力开展|开展|建设|不断完善|完善|充分发挥|发挥|跟踪服务|跟踪|有效洽谈|洽谈|投用|严把|与|发展|做强|做大|做优|做实|做精|协同争取|争取|研究论证|论证|投产|提档升级|总结推广|推广|壮大|办好|运作好|规范发展|面向|织牢|建好|力促|隆重庆祝|庆祝|加大|进入|攻坚|培育|打响|用好|管好|抓好|拓展|严厉打击|打击|参加|改造了|创建|争创|升级改造|促成|办理|力争|严把|回购|授予|划归到|划归|考入|了|好|—|－|-)+/;

// 新开工, 全面完成: an adverb glued to a verb the segmenter takes as one word
const ADVERB_BEFORE = /^(新|全面|基本|已|再|正式|陆续|相继|先后|顺利)$/;

// verbs that make what follows an honour: 荣获, 获评, 入选, 被评为, 授予
const HONOURED = /(荣获|获评|获得|入选|评为|授予|命名为|认定为|列为|列入)$/;

const LISTED_HONOUR = /(荣获|获评|评为|授予|命名为|认定为|被确定为|称号)/;

/** The clause a name stands in, up to the name. */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !'，。；：\n'.includes(text[i - 1]) && at - i < 80) i--;
  return text.slice(i, at);
}

/** The governing verbs glued to the start of a name or a list item (发展福州 → 发展), or ''. */
export function governingPrefix(name: string): string {
  return GOVERNING.exec(name)?.[0] ?? '';
}

/** A name without the governing verbs glued to its start (改造了疏港路 → 疏港路). */
export function dropGoverning(name: string): string {
  const governing = GOVERNING.exec(name);
  return governing && name.length - governing[0].length >= 3 ? name.slice(governing[0].length) : name;
}

export function trimName(text: string, found: NamedSpan, slogans: NameIndex): (NamedSpan & { placeLed?: string }) | null {
  let start = found.start;
  const name = () => text.slice(start, found.end);
  // 国家可持续发展议程创新示范区: a national title keeps the verbs inside it
  // …and so does one a place leads (南平国家农业可持续发展试验示范区)
  const placeLed = /^([\u4e00-\u9fff]{2,4}?)国家/.exec(name());
  const nationalTitle = name().startsWith('国家') || (!!placeLed && (gazetteer().byName.has(placeLed[1]) || gazetteer().byShortName.has(placeLed[1])));
  // 国家血液系统疾病…: a verb's characters inside a longer word (系统疾病) govern nothing
  // …and one ending a noun of the name (军民结合) governs nothing either, unlike one closing a longer verb (新开工)
  let words: { start: number; end: number; text: string; tag: string }[] | null = null;
  const isWord = (from: number, to: number) =>
    (words ??= tagWords(text, found.start, found.end)).some((w) => w.end === to && (w.start === from || !/^(n|nz|ns|nr|nt|j)$/.test(w.tag) || ADVERB_BEFORE.test(w.text.slice(0, from - w.start))));
  // a verb not in the whole name is in no later part of it
  for (const verb of nationalTitle ? [] : verbsIn(name())) {
    const at = name().lastIndexOf(verb);
    if (at >= 0 && at + verb.length < name().length - 2 && isWord(start + at, start + at + verb.length)) start += at + verb.length;
  }
  const governing = GOVERNING.exec(name());
  // 严把工程, 抓好项目: a governing verb and a bare head name nothing
  if (governing && name().length - governing[0].length <= 2) return null;
  if (governing) start += governing[0].length;
  // 荣获省级休闲街区, 入选…: what a thing is awarded is a title, not the thing
  if (HONOURED.test(text.slice(Math.max(0, start - 4), start))) return null;
  // 被评为全省和谐社区建设示范区、义务教育发展基本均衡示范区: a later title of the same honour list
  if (text[start - 1] === '、' && LISTED_HONOUR.test(clauseBefore(text, start))) return null;
  if (/\d/.test(text[start - 1] ?? '') && /^小时/.test(name())) return null;
  if (/\d/.test(text[start - 1] ?? '') && /^[项个家条座所间处户年吨台套]/.test(name())) start++;
  // 做大做强跨境电商综合试验区 cut as …做 / 强跨境…: the verb's second half is not the name's first
  if (/^(做[强大优实]|加[强大]|增强)$/.test(text.slice(start - 1, start + 1)) && name().length > 4) start++;
  // 建成普惠性幼儿园 cut as 建 / 成普惠性…: the verb's second half is not the name's first
  if (/[建完形造变]/.test(text[start - 1] ?? '') && /^成/.test(name()) && name().length > 4) start++;
  // 用好市中小企业云服务平台, 办好…: the second half of a verb the segmenter split off
  if (/[用办管抓做施护]/.test(text[start - 1] ?? '') && /^好/.test(name()) && name().length > 4) start++;
  // 5个标段亚运环境提升工程: the lots counted are not part of the works' name
  if (/\d[个]$/.test(text.slice(start - 2, start)) && /^(标段|批次)/.test(name()) && name().length > 4) start += 2;
  // 全区第一所公办高级技工学校: its rank among its kind is not part of its name
  const rank = /^(?:全[国省市区县]|北方|南方|国内|省内)?(?:第[一二三四五六七八九十]|首)[所个座家条]/.exec(name());
  if (rank && name().length - rank[0].length >= 4) start += rank[0].length;
  // 2×660MW热电厂: a name cut inside the capacity that leads it names nothing
  if (/[\d×.]/.test(text[start - 1] ?? '') && /^[A-Za-z]/.test(name())) return null;
  // 锦州开发区晋升为国家级开发区: a place raised to a rank, not a work
  if (/晋升为|升格为|升级为/.test(name())) return null;
  if (/\d+[项个家条座所幢]/.test(name())) return null;
  // 轮毂电机三大基地, 两个中心: a count of things is not the name of one
  if (/(?<![第])[两二三四五六七八九十][大个座项家](?:[\u4e00-\u9fff]{0,2})$/.test(name().slice(0, -1)) && name().length <= 12) return null;
  const place = /^([\u4e00-\u9fff]{2,5}?[省市区县])/.exec(name());
  // 陕西省第九届建材家居采购节: an event's place belongs to its title
  // 高新区大数据应用产业园: a zone named by its kind is where the park is, keep it
  // 松岭县垃圾焚烧发电厂: the place stays on as another name of the work, as readers write it either way
  let placeDropped: string | undefined;
  if (place && gazetteer().byName.has(place[1]) && !/^(高新区|经开区|开发区|保税区|新区|城区|郊区)$/.test(place[1]) && name().length - place[1].length >= 4 && !/^(第|首届)/.test(name().slice(place[1].length))) {
    placeDropped = name();
    start += place[1].length;
  }
  // 城市东部成吉思汗大街: where in the city a thing lies is not part of its name
  const quarter = /^(?:城市|城区|市区)?[东西南北中]部/.exec(name());
  // 北部湾 is a place of its own, not the north of one
  if (quarter && name().length - quarter[0].length >= 4 && !/^[新湾]/.test(name().slice(quarter[0].length))) start += quarter[0].length;
  // 茄子河输变电工程及庆—鸡—林输变电工程: two works of one kind joined by 及 (…泵房及原水管一期工程 is one)
  const joint = name().search(/(?:以及|及)(?=[^及]{3,}$)/);
  const firstHead = joint > 0 ? ENDS_IN_HEAD.exec(name().slice(0, joint))?.[0] : undefined;
  if (firstHead && name().endsWith(firstHead)) start += joint + (name().startsWith('以及', joint) ? 2 : 1);
  const across = slogans.spanningStart(text, start);
  if (across !== null) start = across;
  if (found.end - start < 3) return null;
  return { name: name(), start, end: found.end, ...(placeDropped && placeDropped.endsWith(name()) ? { placeLed: placeDropped } : {}) };
}
