import type { Project } from '@policy-graph/model';
import { NameIndex } from '../name-index';
import { tagWords } from '../segment';
import { confidenceOf, type RuleId } from '../rules';
import type { Span } from '../spans';
import type { QuotedProject } from '../slogans/extract-slogans';
import { genericModifier } from './generic-modifier';
import { ROAD, itemsBeforeGenericHead, siblingsOfProjects } from './list-items';
import { findNamedEvents } from './named-events';
import { bareLines, numberedLines } from './numbered-lines';
import { itemsBeforeEtcHead, itemsCountedBeforeKind, itemsSharingHead } from './shared-head';
import { gazetteer } from '../places';
import { continuesIntoName, isPlaceName as namesAKnownPlace, nameEndingAt, properlyNamed, wordsBeforeHeads } from './name-boundary';
import { GENERIC, HEAD, HEAD_AT_START, LEFT_STOPS, nextHead } from './vocabulary';
import { trimName } from './trim-name';

interface ProjectDraft {
  name: string;
  aliases: Set<string>;
  mentions: Span[];
  rule: RuleId;
}

/** Named concrete things: quoted names classified as projects and noun phrases ending in a head noun. */
export interface ProjectResult {
  projects: Project[];
  /** Names known only as items of an enumeration: weaker evidence of a named project. */
  listedOnly: Set<string>;
}

/** Head nouns in text that may end a name: not quoted, not running on into a longer word or name. */
function headsEndingNames(text: string, isQuoted: (offset: number) => boolean): RegExpExecArray[] {
  const heads: RegExpExecArray[] = [];
  for (let m = nextHead(text, 0); m; m = nextHead(text, m.index + m[0].length)) {
    // 松岭高速青禾站: a station on an expressway ends its name, whatever follows
    if (isQuoted(m.index) || /[区园城]/.test(text[m.index + m[0].length] ?? '') || (m[0] !== '站' && continuesIntoName(text, m.index + m[0].length))) continue;
    // 中心组学习, 集中学习, 大学生; 东湖高新区党工委: a word that runs on past the head, or the body that governs a zone
    if (RUNS_ON.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (HEAD_AT_START.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // 产业高速发展: at high speed, not a motorway
    if (m[0] === '高速' && /^(发展|增长|推进|运转|运行|成长|扩张)/.test(text.slice(m.index + 2, m.index + 4))) continue;
    // 港湖至茅圻、木港至龙港等国省干线: a place ending in 港 ends a route listed, it is no port
    if (m[0] === '港' && text[m.index + 1] === '、' && /至[\u4e00-\u9fff]{1,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 基金首期注资: the first instalment of money, not a phase of a work
    if (/^[一二三四首]期$/.test(m[0]) && /(基金|资金|贷款|款项|债券)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    heads.push(m);
  }
  return heads;
}

export function extractProjects(text: string, quoted: QuotedProject[], isQuoted: (offset: number) => boolean, sloganNames: string[] = [], sloganPartNames: string[] = []): ProjectResult {
  const drafts = new Map<string, ProjectDraft>();
  const add = (name: string, surface: string, span: Span, rule: RuleId) => {
    // 西宁两个…试验区: a count inside a name joins a list to what its items are
    // 拓宽改造: a kind of work with nothing it is done on names nothing
    // 南昌水城、金融大街、总部基地: a list is several works, never one name
    if (COUNTED.test(name) || BESIDE.test(name) || COUNT_INSIDE.test(name) || BARE_WORK.test(name) || name.includes('、')) return;
    let d = drafts.get(name);
    if (!d) drafts.set(name, (d = { name, aliases: new Set(), mentions: [], rule }));
    if (surface !== name) d.aliases.add(surface);
    d.mentions.push(span);
  };
  for (const q of quoted) add(q.name, q.surface, q.span, 'project.quoted');
  const slogans = NameIndex.of(sloganNames.filter((n) => n.length >= 3), 3);
  const sloganParts = NameIndex.of(sloganNames.flatMap((n) => n.split(/[、，+]/)));
  const heads = headsEndingNames(text, isQuoted);
  const tagged = wordsBeforeHeads(text, heads);
  for (const m of heads) {
    const found = nameEndingAt(text, m.index, m.index + m[0].length, tagged);
    // 新六桂、中闽渔鑫等技改扩建项目: what follows 等 is the kind of the works listed, not one more
    if (!found || text[found.start - 1] === '”' || text[found.start - 1] === '*' || text[found.start - 1] === '等') continue;
    const trimmed = trimName(text, found, slogans);
    if (!trimmed || !properlyNamed(text, trimmed, m[0]) || namedAfterSlogan(trimmed.name, m[0], slogans, sloganParts) || /\*{2}.*\*{2}/.test(trimmed.name)) continue;
    if (MEETING.test(text.slice(trimmed.start, m.index + m[0].length)) || DESCRIBED_CITY.test(trimmed.name) || REGIONAL_ECONOMY.test(trimmed.name)) continue;
    let generic = genericModifier(text, trimmed.start, m.index, m[0], found.words);
    // 松岭县垃圾焚烧发电厂: a kind of work the place it serves names is that one work
    if (generic && trimmed.placeLed && /^[\u4e00-\u9fff]{1,4}[县区]/.test(trimmed.placeLed.slice(0, trimmed.placeLed.length - trimmed.name.length)) && !/^(项目|工程|改造)/.test(m[0])) {
      const placeLength = trimmed.placeLed.length - trimmed.name.length;
      Object.assign(trimmed, { start: trimmed.start - placeLength, name: trimmed.placeLed, placeLed: undefined });
      generic = false;
    }
    if (generic && !builtAsOne(text, trimmed, m[0]) && !CIVIC_FACILITY.test(trimmed.name)) continue;
    // 引黄入松工程, 引江济柳: a water diversion is named by the water drawn and where it goes
    const drawn = DIVERTED_FROM.exec(text.slice(Math.max(0, trimmed.start - 3), trimmed.start));
    if (drawn && /^[入济补进]/.test(trimmed.name)) Object.assign(trimmed, { start: trimmed.start - drawn[0].length, name: drawn[0] + trimmed.name });
    const section = stretchOfLine(text, trimmed.end) ?? extensionOfRoad(text, trimmed.end) ?? WORK_AFTER.exec(text.slice(trimmed.end, trimmed.end + 8))?.[0];
    if (section) {
      trimmed.end += section.length;
      trimmed.name += section;
    }
    // 松岭高速青禾站柳塘文化节前: an event named right after a work found before it is not part of that work
    const before = /[节会]$/.test(m[0]) ? [...drafts.values()].flatMap((d) => d.mentions).find((x) => x.start >= trimmed.start && x.end < m.index && m.index + m[0].length - x.end >= 4) : undefined;
    if (before) Object.assign(trimmed, { start: before.end, name: text.slice(before.end, trimmed.end) });
    const name = trimmed.name.replace(/\*+/g, '');
    add(name, trimmed.name, trimmed, generic ? 'project.built' : 'project.head');
    if (trimmed.placeLed) drafts.get(name)?.aliases.add(trimmed.placeLed.replace(/\*+/g, ''));
    for (const item of itemsSharingHead(text, trimmed, m[0])) if (!isQuoted(item.start)) add(item.name, item.surface, item, 'project.shared-head');
  }
  const named = [...drafts.values()].flatMap((d) => d.mentions);
  for (const m of text.matchAll(CIVIC_MENTION)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (isQuoted(span.start)) continue;
    // 市中医院 in 市中医院二期: the start of a longer name found by its head is not a facility of its own
    if (named.some((x) => x.start <= span.start && x.end >= span.end && x.end - x.start > span.end - span.start)) continue;
    add(m[0], m[0], span, 'project.civic');
    for (const item of civicSiblings(text, span.end, m[0][0])) add(item.name, item.surface, item, 'project.civic');
  }
  for (const item of itemsBeforeEtcHead(text)) {
    // 新材料、机器人等项目: fields of work in common words are no projects, whatever the list calls them
    if (isQuoted(item.start) || (/^(?:重点|重大|建设)*(?:项目|工程)$/.test(item.name.slice(item.surface.length)) && item.surface.length <= 5 && inCommonWords(text, item.start, item.start + item.surface.length))) continue;
    add(item.name, item.surface, item, 'project.shared-head');
  }
  for (const item of itemsCountedBeforeKind(text, isPlaceName)) if (!isQuoted(item.start)) add(item.name, item.surface, item, 'project.counted-items');
  const listedLines = numberedLines(text);
  for (const line of listedLines) add(line.name, line.surface, line, 'project.line');
  const listedAt = new Set(listedLines.map((l) => l.start));
  for (const line of bareLines(text)) if (!listedAt.has(line.start) && !isQuoted(line.start)) add(line.name, line.surface, line, 'project.line');
  for (const item of titledItems(text)) if (!drafts.has(item.name)) add(item.name, item.name, item, 'project.titled-item');
  // 陕西省第九届建材家居采购节 found by its head: the bare 第九届… is its short form
  const bySuffix = new Map<string, ProjectDraft>();
  for (const d of drafts.values()) for (let k = 1; k <= 4 && k < d.name.length; k++) if (!bySuffix.has(d.name.slice(k))) bySuffix.set(d.name.slice(k), d);
  const headMentions = [...drafts.values()].flatMap((d) => d.mentions);
  for (const event of findNamedEvents(text)) {
    if (isQuoted(event.start)) continue;
    // 首届…省会 inside 首届…省会城市会商会: the longer name found by its head is the event
    if (headMentions.some((m) => m.start <= event.start && m.end > event.end)) continue;
    const fuller = bySuffix.get(event.name);
    if (fuller) add(fuller.name, event.name, event, fuller.rule);
    else add(event.name, event.surface ?? event.name, event, 'project.event');
  }
  const listed = itemsBeforeGenericHead(text);
  const listedNames = new Set<string>();
  const known = [...drafts.values()].flatMap((d) => d.mentions);
  const items = [...listed.map((it) => ({ it, rule: 'project.list-generic-head' as const })), ...siblingsOfProjects(text, known)
      // a sibling counts only when it names a thing of its own kind: 、九年一贯制学校、 not 、全域旅游、
      .filter((it) => OWN_HEAD.test(it.name) || ROAD.test(it.name))
      .map((it) => ({ it, rule: 'project.list-sibling' as const }))];
  // 图书馆 in 市博物馆、图书馆: the short form of a work already named is not one more
  const shortForms = new Set([...drafts.values()].flatMap((d) => [...d.aliases]));
  for (const { it: item, rule } of items) {
    if (rule === 'project.list-sibling' && shortForms.has(item.name)) continue;
    // 新党校、体育中心等一批重点工程: in a list of works, a facility of a common kind is still that one facility
    const facilityInWorks = rule === 'project.list-generic-head' && item.name.length >= 4 && FACILITY_HEAD.test(item.name);
    // 青禾学院及松岭小学等: two works found on their own, joined, are not a third
    // (中卫高铁站及跨黄河公路桥: two works each ending in a head of its own)
    if (/^[^及和与]{2,}[及和与][^及和与]{2,}$/.test(item.name) && item.name.split(/[及和与]/).every((part) => drafts.has(part) || (part.length >= 3 && OWN_HEAD.test(part)))) continue;
    if ((isQuoted(item.start) && text[item.start] !== '“') || (GENERIC.test(item.name) && !facilityInWorks) || sloganWork(item.name, slogans) || LEFT_STOPS.has(item.name) || drafts.has(item.name)) continue;
    // 集资诈骗、恶意逃废债务等违法活动: acts listed, not things named
    if (!OWN_HEAD.test(item.name) && genericModifier(text, item.end - item.name.length, item.end)) continue;
    // 院士专家、企业家等活动: the people an event brings, not a work; 奶产业、粮食安全等项目: fields of work
    if (PEOPLE.test(item.name) || FIELD_OF_WORK.test(item.name) || NOT_A_WORK.test(item.name)) continue;
    // 渣土运输整治、公厕星级评比等活动, 农村供水保障、电网巩固提升等工程: kinds of work done, unless a place names them
    if (WORK_DONE.test(item.name) && !namesAPlace(text, item.end - item.name.length, item.end)) continue;
    // 全民健身、文化惠民等活动, 新材料、机器人等项目: fields of work in common words, which name no one thing
    if (rule === 'project.list-generic-head' && item.name.length <= 5 && !OWN_HEAD.test(item.name) && inCommonWords(text, item.end - item.name.length, item.end)) continue;
    // 农村道路、供排水等项目: a kind of work with a head of its own is still a kind
    const head = OWN_HEAD.exec(item.name)?.[0];
    if (head && rule === 'project.list-generic-head' && !facilityInWorks && genericModifier(text, item.end - item.name.length, item.end - head.length, head)) continue;
    // 百大重点产业项目: the rest of a counted programme is no work of its own
    if (/[一二三四五六七八九十百千两][个大项](?:重点)?$/.test(text.slice(Math.max(0, item.start - 4), item.start))) continue;
    add(item.name, item.name, item, rule);
    if ('kind' in item && item.kind && !item.name.endsWith(item.kind)) drafts.get(item.name)?.aliases.add(item.name + item.kind);
    listedNames.add(item.name);
  }
  // 锦鸿一期15万吨再生铝等项目: a phase found by its head inside a listed work is part of that work's name
  for (const { it: item } of items) {
    if (!listedNames.has(item.name)) continue;
    for (const d of [...drafts.values()]) {
      if (d.name !== item.name && d.rule === 'project.head' && item.name.startsWith(d.name) && d.mentions.every((m) => m.start >= item.start && m.end <= item.end)) drafts.delete(d.name);
    }
  }
  // 松岭路口基础设施改造 inside 松岭路口基础设施改造及绿化美化工程: the first work of a joined name is that name
  const joinedNames = [...drafts.keys()].filter((n) => /[及和]/.test(n));
  for (const d of [...drafts.values()]) {
    if (d.rule !== 'project.head') continue;
    const joinedName = joinedNames.find((n) => n.startsWith(d.name) && JOINED_WORK_KIND.test(n.slice(d.name.length)));
    const joined = joinedName ? drafts.get(joinedName) : undefined;
    if (joined && d.mentions.every((m) => joined.mentions.some((j) => m.start >= j.start && m.end <= j.end))) drafts.delete(d.name);
  }
  // a name the text uses for a slogan (陆海新通道, 美丽江城) is that slogan, not a work
  const sloganForms = new Set([...sloganNames, ...sloganPartNames]);
  const projects = mergeSuffixVariants([...drafts.values()].filter((d) => !sloganForms.has(d.name) && !ETC_INSIDE.test(d.name) && !CHOICE_INSIDE.test(d.name) && !KIND_PREFIX.test(d.name) && !CLASS_OF_PROJECTS.test(d.name))).map((d) => ({
    name: d.name,
    aliases: [...d.aliases, ...thingWorkedOn(d.name)].filter((a) => a !== d.name),
    mentions: d.mentions.sort((a, b) => a.start - b.start),
    rule: d.rule,
    confidence: confidenceOf(d.rule),
  }));
  return { projects, listedOnly: listedNames };
}

const DIVERTED_FROM = /引[\u4e00-\u9fff]{1,2}$/;
const BARE_WORK = /^(?:拓宽|改造|维修|升级|提升|提质|扩容|新建|改建|扩建|续建|整治|修复|绿化|亮化|美化|硬化|加固)+(?:工程|项目)?$/;

// 海彤路改造, 太和水厂工程, 梅州机场迁建: the work done on a named thing is also called by the thing
const WORK_ON = /(?:迁建|搬迁|扩建|改扩建|扩容|改建|续建|新建|提质改造|升级改造|提升改造|改造提升|改造|整治|修缮|建设|工程|项目|(?:生态)?(?:保护与恢复|保护与修复|保护修复|修复)|综合治理)+$/;

function thingWorkedOn(name: string): string[] {
  const thing = name.replace(WORK_ON, '');
  return thing !== name && thing.length >= 3 && OWN_HEAD.test(thing) && !/^(?:项目|工程)$/.test(OWN_HEAD.exec(thing)?.[0] ?? '') ? [thing] : [];
}

// 梅州机场迁建, 沈海热电厂搬迁: a named thing and the work done on it, written together, are one work
const WORK_AFTER = /^(?:迁建|搬迁|改扩建|扩建|扩容|提质改造|升级改造|提升改造|(?:生态)?(?:保护与恢复|保护与修复|保护修复|修复))(?![\u4e00-\u9fff]{0,2}(?:项目|工程))/;

// …改造及绿化美化工程, …及提升项目: a bare kind of work joined to the first
const JOINED_WORK_KIND = /^[及和](?:提升|改造|绿化|美化|亮化|整治|提质|扩容|升级|修缮|维修|配套|加固|硬化|提档|整修){1,3}(?:项目|工程)$/;

// 柳塘苑两个高端酒店, 水陆空三大交通枢纽: a count of things is not the name of one
const COUNTED = /(?<=.)(?<![第])[两二三四五六七八九十百千][个大座项家条批所]\S{0,8}$/;
// 钟楼东侧: the side of a place, not a work
const BESIDE = /[东西南北]侧$/;
const COUNT_INSIDE = /[\u4e00-\u9fff](?<![第])[两二三四五六七八九十][个座所家处]/;

// 松岭、柳塘、石溪三个市域副中心: places counted are where things are, not names of works
// 西气东输三线工程松岭段, 青禾高速松岭至柳塘段: the stretch a place's works build is named by the place
const STRETCH = /^([\u4e00-\u9fff]{2,4}?)(?:至([\u4e00-\u9fff]{2,4}?))?段(?![落])/;
// 城区段, 试验段, 全线段: where or how far, not which stretch
const GENERIC_STRETCH = /^(?:城区|市区|县城|试验|全线|部分|重点|路|标)|[区城线]$/;
const LINEAR_HEAD = /(高速|高速公路|公路|铁路|高铁|城际|轨道交通|地铁|国道|省道|管网|管道|输气管道|干线|大道|路|工程|航道|大堤|绿道)$/;

function stretchOfLine(text: string, end: number): string | null {
  if (!LINEAR_HEAD.test(text.slice(Math.max(0, end - 4), end))) return null;
  const m = STRETCH.exec(text.slice(end, end + 12));
  if (!m) return null;
  // 十宜高速兴长段、…当枝松段: places shortened to a character each name a stretch listed like a work
  const shortened = !m[2] && m[1].length <= 3 && !GENERIC_STRETCH.test(m[1]) && /^(?:[、，。；和及]|开工|建设|建成)/.test(text.slice(end + m[0].length, end + m[0].length + 2));
  if ((!placeNamed(m[1]) && !shortened) || (m[2] && !placeNamed(m[2]))) return null;
  return m[0];
}

// 叶挺南大道延伸段, 稼轩大道北延伸: the stretch by which a road is extended is a work of its own
const ROAD_END = /(?:路|大道|街|公路|高速)$/;
// 海州大道北延: a road's stretch built on beyond its end
const EXTENSION = /^[东西南北]?(?:延伸段|延伸线|延长线|延长段|延伸)|^[东西南北]延(?:段|线|工程)?(?![\u4e00-\u9fff])/;

function extensionOfRoad(text: string, end: number): string | null {
  if (!ROAD_END.test(text.slice(Math.max(0, end - 2), end))) return null;
  return EXTENSION.exec(text.slice(end, end + 5))?.[0] ?? null;
}

const placeNamed = (n: string) => ['', '县', '市', '区', '镇'].some((s) => gazetteer().byName.has(n + s)) || gazetteer().byShortName.has(n);

// （一）中药材种植产业园项目：该项目位于…: a numbered item titled by a work and described as one
const TITLED_ITEM = /(?<=^|\n)[ \t]*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*([\u4e00-\u9fffA-Za-z0-9·]{4,24}?(?:项目|工程))[：:](?=\s*(?:该|本|此)?(?:项目|工程))/g;

function titledItems(text: string): (Span & { name: string })[] {
  return [...text.matchAll(TITLED_ITEM)].map((m) => {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    return { name: m[1], start, end: start + m[1].length };
  });
}

const isPlaceName = (n: string) => n.length <= 2 || ['', '县', '市', '区', '镇'].some((s) => gazetteer().byName.has(n + s));

const RUNS_ON = /^(?:大会战|中心组|工程(?:机械|师)|高中阶段|项目(?:库|部)|市集[中体]|(?:大|中|小)学[生习]|(?:高新区|开发区|经开区|新区|园区|保税区)(?:党工委|管委会|党委|人民政府|政府|管理委员会))/;

const WORK_DONE = /(整治|评比|保障|巩固提升|提档升级|行动|检查|宣传|培训|广播电视)$/;

/** Whether every word of the span is a common word the dictionary knows (no name, figure or unknown word). */
function inCommonWords(text: string, start: number, end: number): boolean {
  return tagWords(text, start, end).every((w) => (/^(n|v|vn|a|an|ad|d|l|i|b|f|s|c|p|u|uj|k|h|t)$/.test(w.tag) || (w.tag === 'nr' && w.text.length === 2)) && !namesAKnownPlace(w.text));
}

/** Whether a place name stands in the span. */
function namesAPlace(text: string, start: number, end: number): boolean {
  return tagWords(text, start, end).some((w) => w.tag === 'ns');
}

const FIELD_OF_WORK = /(产业|安全|资源|生产|供排水|行动计划|企业|新建)$/;
// 自治区层面、市级层面…等项目, 成立60周年等项目: the level a list is kept at and an anniversary are no works;
// 西江经济带基础设施大会战等项目: a campaign counted among projects is still a campaign
const NOT_A_WORK = /(?:层面|周年|大会战|攻坚战|攻坚行动|专项行动)$/;
const PEOPLE = /(专家|企业家|人才|学者|院士|干部|群众|志愿者|人员)$/;

// 人民代表大会, 总结大会, 动员大会: meetings of the body itself, not events it holds
const MEETING = /(代表|工作|总结|动员|表彰|推进|部署|誓师|座谈|会员|职工|党员|全体|业主|股东)大会$/;
// 品质之城, 众志成城, 空港第四城: a city described, not one built
const DESCRIBED_CITY = /(之|成|第.)城$/;
// 中原经济区, 海西经济区, 长三角经济区: a region many cities share frames a strategy; no body builds it as a work
const REGIONAL_ECONOMY = /(?:^|^[\u4e00-\u9fff]{0,2})(?:长三角|珠三角|粤港澳大湾区|大湾区|中原|海西|淮海|环渤海|京津冀|成渝|关中|北部湾|长江中游|东北|西部|中部|东部|西北|西南)经济区$/;
const OWN_HEAD = new RegExp(`(?:${HEAD.source})$`);
// 亭子码头等文旅商特色街区, 宸宇富基等项目: 等 closes a list, it is never inside a name
// 煤改电或清洁煤替代工程: a choice between works is several things, not one name
const CHOICE_INSIDE = /或/;
// 新一轮园区, 首批试点聚集区, 国际知名品牌酒店: a round, a batch or a rank of things is a kind, not one named
// 中心城区重大城建项目, 嘉湖一体化标志性项目, 当年入统项目: projects described by their standing are a class of them
const CLASS_OF_PROJECTS = /(?:重大|重点|标志性|精品|优秀|入统|牛鼻子)[\u4e00-\u9fff]{0,4}项目$/;
const KIND_PREFIX = /^(新一轮|第[一二三四五六七八九十]+轮|一流|首批|一批|一大批|一系列|更多|多个|若干|国际知名|知名)/;
const ETC_INSIDE = /[^高平对均同相中初优超]等(?![级次奖])./;
const FACILITY_HEAD = /(中心|馆|学校|中学|小学|医院|公园|广场|大厦|大楼|剧院|体育场|图书馆|码头|车站|水厂)$/;

/** “消安数字”建设, “三改一拆”“五水共治”: work under slogans, not a named project. */
function sloganWork(name: string, slogans: NameIndex): boolean {
  let rest = name;
  for (const found of slogans.within(name).sort((a, b) => b.form.length - a.form.length)) rest = rest.split(found.form).join('');
  return rest.length <= 2 || /^(建设|创建|工作|行动)$/.test(rest);
}

/** 微改革项目 under the slogan 微改革: the items of a slogan, not a named project. */
function namedAfterSlogan(name: string, head: string, slogans: NameIndex, sloganParts: NameIndex): boolean {
  const modifier = name.slice(0, name.length - head.length);
  return slogans.has(modifier) || sloganParts.has(modifier);
}

function mergeSuffixVariants(drafts: ProjectDraft[]): ProjectDraft[] {
  const byName = new Map(drafts.map((d) => [d.name, d]));
  for (const d of drafts) {
    const shorter = d.name.replace(/(新建项目|迁建项目|建设项目|项目|工程|建设)$/, '');
    const target = shorter !== d.name ? byName.get(shorter) : undefined;
    if (target && target !== d) {
      target.aliases.add(d.name);
      target.mentions.push(...d.mentions);
      byName.delete(d.name);
    }
  }
  return [...byName.values()];
}

const BUILT_BEFORE = /(建成|建设|建立|搭建|开通|上线|启用|开工建设|建成运营|建成投用|投用|揭牌|组建|成立)(?:全[市区县省镇])?$/;
const BUILT_AFTER = /^(?:全面|正式|顺利|已|相继|先后|当年|年内)?(?:签约|启用|上线|建成|开工|竣工|投入使用|投用|揭牌|挂牌|落户|运行|投入运营|开通|完工|搭建)/;
/** 建成运营市级电子商务公共服务中心, 一体化政务服务平台上线运行: a common kind named as the one thing built or opened. */
// 市博物馆, 省人民医院, 县体育中心: a body has one of each, so the kind names it
const CIVIC_KIND = '博物馆|图书馆|文化馆|美术馆|科技馆|体育馆|游泳馆|档案馆|大剧院|规划馆|体育中心|会展中心|文化艺术中心|民中心|民之家|人民医院|中医院|中心医院|妇幼保健院|儿童医院|传染病医院';
const CIVIC_FACILITY = new RegExp(`^[省市县区](?:${CIVIC_KIND})$`);
// written after a verb of building or running, or a break: 建设市博物馆, 、市体育中心 (not 城市博物馆)
const CIVIC_MENTION = new RegExp(`(?<=^|[，。；、：\\s和与及]|建设|新建|建成|扩建|改建|迁建|启动|推进|加快|开工|完成|投用|运营|开馆|推动)[省市县](?:${CIVIC_KIND})(?![\\u4e00-\\u9fff]{0,2}(?:馆|院|中心|分院|新院))`, 'g');
const NEXT_CIVIC_KIND = new RegExp(`^[、和及](${CIVIC_KIND})(?![\\u4e00-\\u9fff]{0,2}(?:馆|院|中心))`);

// 市博物馆、图书馆、文化馆: the kinds listed after one of a body's facilities are its facilities too
function civicSiblings(text: string, after: number, body: string): Array<Span & { name: string; surface: string }> {
  const out = [];
  for (let m = NEXT_CIVIC_KIND.exec(text.slice(after, after + 9)); m; m = NEXT_CIVIC_KIND.exec(text.slice(after, after + 9))) {
    out.push({ name: body + m[1], surface: m[1], start: after + 1, end: after + 1 + m[1].length });
    after += 1 + m[1].length;
  }
  return out;
}

function builtAsOne(text: string, span: Span & { name: string }, head: string): boolean {
  // 陆港型国家物流枢纽, 普惠性幼儿园: a type of thing, whatever is built
  if (span.name.length - head.length < 3 || /[型性]/.test(span.name.slice(0, -head.length))) return false;
  const before = text.slice(Math.max(0, span.start - 6), span.start);
  const after = text.slice(span.end, span.end + 8);
  return BUILT_BEFORE.test(before) || BUILT_AFTER.test(after);
}
