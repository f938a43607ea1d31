import type { Project, Relation, Slogan } from '@policy-graph/model';
import type { DocumentStructure, TextSpan } from '@policy-graph/text';
import { NameIndex } from '../name-index';
import { KNOWN_CAMPAIGNS } from '../slogans/vocabulary';
import { confidenceOf, type RuleId } from '../rules';
import { SpanSet } from '../spans';
import { leadScopes } from './lead-sentences';
import { tableRowRule } from './table-rows';

export interface Located {
  name: string;
  start: number;
  end: number;
}

export type AddRelation = (from: string, to: string, rule: RuleId, evidence: TextSpan) => void;

export function locate<T extends { name: string; mentions: TextSpan[] }>(items: T[]): Located[] {
  return items.flatMap((it) => it.mentions.map((m) => ({ name: it.name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
}

/** Index of the first located item starting at or after offset. */
export function lowerBound(items: Located[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences cut again at semicolons: the unit within which a project and a slogan are tied. */
function clausesOf(text: string, sentences: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      if (text[i] === '；') {
        out.push({ start, end: i + 1 });
        start = i + 1;
      }
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

/**
 * FULFILS: a project named after its slogan, a project and the nearest slogan of its clause,
 * a project in a section whose heading names the slogan, a project reported in a table row's last cell.
 */
export function findFulfils(text: string, structure: DocumentStructure, projects: Project[], slogans: Slogan[], listedOnly: Set<string> = new Set()): Relation[] {
  const out = new Map<string, Relation>();
  const rural = new Set(slogans.filter((s) => [s.name, ...s.aliases].some((f) => RURAL_PROGRAMME.test(f))).map((s) => s.name));
  const reforms = new Set(slogans.filter((s) => [s.name, ...s.aliases].some((f) => PROCEDURE_REFORM.test(f))).map((s) => s.name));
  const poverty = new Set(slogans.filter((s) => [s.name, ...s.aliases].some((f) => POVERTY_PROGRAMME.test(f))).map((s) => s.name));
  const add: AddRelation = (from, to, rule, evidence) => {
    // 放管服 is served by a service platform or hotline, not by a road built in the same section
    if (reforms.has(to) && !SERVICE_WORK.test(from)) return;
    // 乡村振兴 is served by farms, food and village works, not by a city's roads, new towns or brains named in its section
    if (rural.has(to) && (URBAN_WORK.test(from) || !RURAL_WORK.test(from))) return;
    // 精准脱贫攻坚战 is served by relocation, poverty-relief workshops and the like, not by a city's railway named in its section
    if (poverty.has(to) && !POVERTY_WORK.test(from)) return;
    const key = `${from}\u0000${to}`;
    const confidence = confidenceOf(rule);
    if ((out.get(key)?.confidence ?? -1) < confidence) out.set(key, { type: 'FULFILS', from, to, confidence, evidence: { start: evidence.start, end: evidence.end }, rule });
  };
  const projectsAt = locate(projects);
  containment(projects, slogans, add);
  // 三甲, 四大, 经济账: short catchwords frame a sentence but no project serves them
  // …but a heading or a lead that names 六稳 or 双创 frames its section as that programme's
  const framing = slogans.filter((s) => programmeShaped(s) || (COUNTED_CATCHWORD.test(s.name) && !POLICY_FIELD.test(s.name)));
  slogans = slogans.filter(programmeShaped);
  const slogansAt = locate(slogans).filter((s) => !insideProject(projectsAt, s));
  const named = projectsAt.filter((p) => !listedOnly.has(p.name));
  const clauses = clausesOf(text, structure.sentences);
  cuedInClause(text, clauses, named, slogansAt, add);
  listedForProgramme(text, clauses, projectsAt, slogansAt, add);
  const programmes = new Set(slogans.filter((s) => s.kind === 'numbered' || /[一二三四五六七八九十两\d]/.test(s.name) || [s.name, ...s.aliases].some((f) => PROGRAMME_NAME.test(f))).map((s) => s.name));
  // 红古园区, 葛店开发区, 柳梧新区: a zone is where works are done, it serves no programme by being named near one
  const works = projects.filter((p) => !ZONE_OF_WORKS.test(p.name));
  // 实施科技赋能计划，…: a programme named without quotes in passing opens a sentence of works done
  // for many ends; the sentence-level rules keep to the brands a body quotes and the slogans it frames
  const unquotedProgrammes = new Set(slogans.filter((s) => s.rule === 'slogan.programme').map((s) => s.name));
  const framedAt = slogansAt.filter((s) => !unquotedProgrammes.has(s.name));
  soleSloganOfSentence(text, structure.sentences, locate(works.filter((p) => p.rule !== 'project.shared-head')), framedAt, add, programmes);
  openingClause(text, structure.sentences, locate(works.filter((p) => p.rule !== 'project.shared-head')), framedAt, add);
  // a tie made by a heading or a lead is shown by the project's own sentence, which a reader can see whole
  const sentences = new SpanSet(structure.sentences);
  const sentenceOf = (p: Located): TextSpan => sentences.find(p.start) ?? p;
  // an item of a list stands in its section as surely as a named project does; names pieced
  // together from a shared head are too often context to tie by a lead sentence, but a heading
  // (3.抓好松岭社区建设) governs every work of its section, 青禾、柳塘老旧小区改造 included
  const sectioned = locate(works.filter((p) => p.rule !== 'project.shared-head'));
  headingRule(text, structure, locate(works), framing, add, sentenceOf);
  leadSentenceRule(text, structure, sectioned, framing, add, sentenceOf);
  tableRowRule(text, structure, projectsAt, slogansAt, slogans, add);
  const relations = [...out.values()];
  citeSentencesNamingBoth(relations, sentences, projectsAt, locate(slogans));
  return relations;
}

/** Where one sentence names both the project and the slogan, that sentence is the evidence a reader wants. */
function citeSentencesNamingBoth(relations: Relation[], sentences: SpanSet, projectsAt: Located[], slogansAt: Located[]): void {
  const sentencesOf = new Map<string, Set<TextSpan>>();
  for (const m of [...projectsAt, ...slogansAt]) {
    const s = sentences.find(m.start);
    if (!s) continue;
    let set = sentencesOf.get(m.name);
    if (!set) sentencesOf.set(m.name, (set = new Set()));
    set.add(s);
  }
  for (const r of relations) {
    const [a, b] = [sentencesOf.get(r.from), sentencesOf.get(r.to)];
    if (!a || !b) continue;
    const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
    let best: TextSpan | null = null;
    for (const s of fewer) if (more.has(s) && (!best || s.end - s.start < best.end - best.start)) best = s;
    if (best) r.evidence = { start: best.start, end: best.end };
  }
}

const NEAR = 30;

// 国际性综合交通枢纽: a hub is a role a city takes on, not a work done for a programme; 青禾示范区, 松岭
// 试验区: a title a place is given, which readers seldom hold to serve the programme named near it
const ZONE_OF_WORKS = /(园区|开发区|新区|经济区|枢纽|示范区|试验区|先行区)$/;

// 三证合一, 一照一码, 一网通办, 最多跑一次, 供给侧结构性改革: reforms of procedure and of policy, which no built thing fulfils
const MECHANISM = /合一|一码|一网|一窗|一证|一章|通办|跑一次|一件事|一次办|清单|负面|挂帅|一把手|^供给侧(结构性)?改革$/;

const RURAL_PROGRAMME = /^(?:乡村振兴|乡村全面振兴|三农)/;
const URBAN_WORK = /(?:[^村]路|大道|街|大桥|新城|新区|小区|火车站|高铁|机场|安置房|棚改|广场|地铁|轨道交通|城际|[^村]路[一二三四五六七八九十\d]期)(?:[一二三四五六七八九十\d]期)?(?:改造|建设|升级改造)?(?:工程|项目)?$/;
// what a village, a farm or the land outside towns has built or held for it
const RURAL_WORK = /村|乡|(?<!城)镇|农|田|茶|果|畜|禽|牧|渔|林|种|养|粮|菜|灌|土地|丰收|民宿|湿地|河|溪|湖|山|水库|水利|特色|产业园|基地|示范/;
const PROCEDURE_REFORM = /放管服|审批制度改革|营商环境/;
// the campaigns against poverty and against financial risk: only works done for the poor serve the first, none the second
const POVERTY_PROGRAMME = /脱贫|扶贫|防范化解重大风险|防范化解金融风险/;
const POVERTY_WORK = /扶贫|贫困|脱贫|搬迁|安置/;
const SERVICE_WORK = /(平台|系统|热线|窗口|APP|App|网|大厅|中心|专区|服务站|专窗|一张网|小程序)$/;

// 绣花功夫, 铁腕手段, 底线思维: the manner work is done in, which nothing built serves
const MANNER = /(功夫|手段|精神|作风|思维|意识|劲头|韧劲|干劲|态度|姿态)$|^愚公移山$|^钉钉子$|^绣花$|^两手抓$/;

// 急难愁盼, 看病难, 卡脖子, 痛点堵点: the troubles a body sets out to ease, which no work is built for by name
const TROUBLE = /^急难愁盼$|^[\u4e00-\u9fff]{1,3}难$|^卡脖子$|痛点|堵点|难点|^大班额$/;

// 三年行动计划, 专项行动: a programme that names no aim of its own says nothing a work could serve
const BARE_PROGRAMME = /^(?:[一二三四五六七八九十两\d]+年)?(?:行动计划|专项行动|攻坚行动|行动|计划)$/;

// 一县一策, 一周一调度、半月一研判: a rule of working, not a programme things are built under
const ROUTINE = /^一[\u4e00-\u9fff]{1,2}一(策|档|案|表|单|调度|研判|分析|评|督|报)/;

const COUNTED_CATCHWORD = /^[一二三四五六七八九十两双][\u4e00-\u9fff]$/;

// 新型城镇化, 三农, 生态文明建设: national fields of policy every work of a report falls under; readers
// tie works to the programmes a body runs within them, not to the field itself
const POLICY_FIELD = /^(?:新型城镇化|三农|生态文明建设|中国制造2025|高质量发展|数字中国|健康中国)$/;

function programmeShaped(s: Slogan): boolean {
  if (MECHANISM.test(s.name) || MANNER.test(s.name) || TROUBLE.test(s.name) || ROUTINE.test(s.name) || POLICY_FIELD.test(s.name) || BARE_PROGRAMME.test(s.name)) return false;
  // 28+6+19 counts items of a policy; “211”省内交通网 says what it is in words
  return [s.name, ...s.aliases].some((f) => f.replace(/[^\u4e00-\u9fff]/g, '').length >= 2 && f.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '').length >= 4);
}

// 京津冀协同发展 is also called 协同发展 where the region goes without saying
const REGION_PREFIX = /^(京津冀|长三角|粤港澳|成渝|长江|黄河|珠三角|海峡两岸|闽台|东北|西部|中部)/;
const PLAN_PERIOD = /^十[一二三四五六七八九]?五(规划)?$/;

/** A slogan quoted inside a project's name (“五水共治”排涝水工程) is part of that name. */
function insideProject(projectsAt: Located[], s: Located): boolean {
  for (let k = lowerBound(projectsAt, s.start - 24); k < projectsAt.length && projectsAt[k].start <= s.start; k++) {
    if (projectsAt[k].end >= s.end && projectsAt[k].name !== s.name) return true;
  }
  return false;
}

// 乡村振兴战略, 工业倍增计划, 三大攻坚战: names of programmes that works are done under
const PROGRAMME_NAME = /(战略|计划|行动|工程|建设|攻坚战|发展|一体化|示范区|先行区|振兴|改革|创建)$/;

// 以青禾小镇、松岭园区等重大项目为支撑，实现“1+2+3”…: works named as the support of what the sentence achieves
const AS_SUPPORT = /^以[^，。；]{2,80}为(?:支撑|抓手|载体|依托|引擎|牵引)/;

function soleSloganOfSentence(text: string, sentences: TextSpan[], projectsAt: Located[], slogansAt: Located[], add: AddRelation, programmes: Set<string>): void {
  for (const sentence of sentences) {
    const names = new Set<string>();
    for (let k = lowerBound(slogansAt, sentence.start); k < slogansAt.length && slogansAt[k].start < sentence.end; k++) names.add(slogansAt[k].name);
    if (names.size !== 1) continue;
    const [slogan] = names;
    if (!programmes.has(slogan)) continue;
    // the programme frames what follows it: 实施乡村振兴战略，举办…节 (a project named before it is context)
    const framedFrom = slogansAt[lowerBound(slogansAt, sentence.start)].start;
    for (let k = lowerBound(projectsAt, framedFrom); k < projectsAt.length && projectsAt[k].start < sentence.end; k++) {
      if (projectsAt[k].name !== slogan) add(projectsAt[k].name, slogan, 'fulfils.sole-slogan', sentence);
    }
    // …unless the works before it are named as what carries it (以…为支撑)
    for (let k = lowerBound(projectsAt, sentence.start); k < projectsAt.length && projectsAt[k].start < framedFrom; k++) {
      const clauseStart = Math.max(text.lastIndexOf('，', projectsAt[k].start) + 1, sentence.start);
      if (AS_SUPPORT.test(text.slice(clauseStart, framedFrom)) && projectsAt[k].name !== slogan) add(projectsAt[k].name, slogan, 'fulfils.sole-slogan', sentence);
    }
  }
}

// 深化“清新松岭”品牌建设，着力打造…, 实施“两区联动”，重点推进…: a sentence that opens by naming
// what it carries out frames the works its later clauses name, up to the next slogan it names
const OPENING_VERB = /^(?:[一二三四五六七八九十]是|\d+[.、．])?(?:以)?(?:持续|深入|全面|积极|大力|加快|主动|扎实|着力|全力|坚持|继续|进一步|高标准|高质量|充分|聚焦|围绕|提档|统筹|强力)?(?:深化|实施|推进|落实|开展|打造|建设|做好|做强|发挥|融入|启动|推动|抓好|打响|擦亮|创建|升级|开展)?$/;

const OPENING_REACH = 60;

function openingClause(text: string, sentences: TextSpan[], projectsAt: Located[], slogansAt: Located[], add: AddRelation): void {
  for (const sentence of sentences) {
    const comma = text.indexOf('，', sentence.start);
    if (comma < 0 || comma >= sentence.end - 1) continue;
    const first = lowerBound(slogansAt, sentence.start);
    if (first >= slogansAt.length || slogansAt[first].start >= comma) continue;
    const before = text.slice(sentence.start, slogansAt[first].start).replace(/[“"‘]$/, '');
    if (!OPENING_VERB.test(before)) continue;
    const opened = new Set<string>();
    let k = first;
    for (; k < slogansAt.length && slogansAt[k].start < comma; k++) opened.add(slogansAt[k].name);
    // …and only its next few clauses: a long sentence moves on to works of other ends at the next
    // brand it quotes (推进“数字松岭”建设，建成…). A step named without quotes (启动农村人居环境整治
    // 三年行动) keeps only its own clause's works: the clauses after it are still the opener's
    const nextBrand = slogansAt.slice(k).find((s) => s.start < sentence.end && text[s.start - 1] === '“');
    const until = Math.min(comma + OPENING_REACH, nextBrand?.start ?? Infinity, sentence.end);
    for (let j = lowerBound(projectsAt, comma); j < projectsAt.length && projectsAt[j].start < until; j++) {
      const from = Math.max(text.lastIndexOf('，', projectsAt[j].start), comma);
      const to = text.indexOf('，', projectsAt[j].end);
      const clauseEnd = to < 0 || to > sentence.end ? sentence.end : to;
      const own = lowerBound(slogansAt, from);
      if (own < slogansAt.length && slogansAt[own].start < clauseEnd && !opened.has(slogansAt[own].name)) continue;
      for (const s of opened) if (s !== projectsAt[j].name) add(projectsAt[j].name, s, 'fulfils.opening-clause', sentence);
    }
  }
}

function containment(projects: Project[], slogans: Slogan[], add: AddRelation): void {
  const names = NameIndex.of(slogans.map((s) => s.name), 3);
  for (const p of projects) {
    for (const found of names.within(p.name)) if (found.name !== p.name) add(p.name, found.name, 'fulfils.containment', p.mentions[0]);
  }
}

// A project and a slogan of one clause are tied only when a word between them says so:
// 纳入“一线一路一河一库”, 作为“萧滨一体化”的首个项目, 助力乡村振兴, 服务“一带一路”.
// (推进, 实施, 打造 open the next clause's work as often as they tie: they are no cue)
const TIE_CUE = /纳入|列入|作为|属于|助力|服务于|融入|对接|支撑|载体|抓手|为重点|的(重点|重要|首个|标志性|示范|核心)/;

// 以云尖信息开工为新契机，全力打造“萧滨一体化”前沿阵地: the work makes a place the slogan's front line
const ROLE_AFTER = /^”?[\u4e00-\u9fff]{0,4}?(前沿阵地|主阵地|桥头堡|先行区|示范区|样板|标杆|高地|承载地|主战场)/;

function servesAsRole(text: string, between: string, s: Located): boolean {
  return /打造|建设成|建成/.test(between) && ROLE_AFTER.test(text.slice(s.end, s.end + 10));
}

function cuedInClause(text: string, clauses: TextSpan[], projectsAt: Located[], slogansAt: Located[], add: AddRelation): void {
  const set = new SpanSet(clauses);
  for (const p of projectsAt) {
    const clause = set.find(p.start);
    if (!clause) continue;
    let best: Located | null = null;
    let bestDistance = Infinity;
    for (let k = lowerBound(slogansAt, clause.start); k < slogansAt.length && slogansAt[k].start < clause.end; k++) {
      const s = slogansAt[k];
      if (s.start < p.end && s.end > p.start) continue;
      const between = s.start >= p.end ? text.slice(p.end, s.start) : text.slice(s.end, p.start);
      const d = between.length;
      if (d <= NEAR && d < bestDistance && (TIE_CUE.test(between) || servesAsRole(text, between, s))) [best, bestDistance] = [s, d];
    }
    if (best && best.name !== p.name) add(p.name, best.name, 'fulfils.cue-in-clause', clause);
  }
}

// 青禾水库、松岭高速等148个省“千项万亿”项目: the works listed are counted among the programme's projects
const LISTED_BEFORE = /等(?:[一二三四五六七八九十百千\d]+[个项批])?(?:省级|市级|国家级|[省市区县])?(?:重点|重大)?[“"]?$/;
const PROGRAMME_PROJECTS = /^[”"]?(?:重点|重大)?(?:建设)?(?:项目|工程)/;

function listedForProgramme(text: string, clauses: TextSpan[], projectsAt: Located[], slogansAt: Located[], add: AddRelation): void {
  const set = new SpanSet(clauses);
  for (const s of slogansAt) {
    if (!LISTED_BEFORE.test(text.slice(Math.max(0, s.start - 14), s.start)) || !PROGRAMME_PROJECTS.test(text.slice(s.end, s.end + 6))) continue;
    const clause = set.find(s.start);
    if (!clause) continue;
    const etc = text.lastIndexOf('等', s.start);
    for (let k = lowerBound(projectsAt, clause.start); k < projectsAt.length && projectsAt[k].end <= etc; k++) {
      if (projectsAt[k].name !== s.name) add(projectsAt[k].name, s.name, 'fulfils.listed-for', clause);
    }
  }
}

/** The slogans a short text names, by any of their forms or by their stem (工业倍增 for 工业倍增计划). */
function sloganForms(slogans: Slogan[]): NameIndex {
  const entries: [string, string][] = [];
  for (const s of slogans) {
    if (PLAN_PERIOD.test(s.name)) continue;
    for (const f of [s.name, ...s.aliases]) {
      entries.push([f, s.name]);
      const stem = f.replace(/(计划|战略|行动|工程|建设)$/, '');
      if (stem !== f && stem.length >= 4) entries.push([stem, s.name]);
      const unprefixed = f.replace(REGION_PREFIX, '');
      if (unprefixed !== f && unprefixed.length >= 4) entries.push([unprefixed, s.name]);
    }
  }
  return new NameIndex(entries, 2);
}

function leadSentenceRule(text: string, structure: DocumentStructure, projectsAt: Located[], slogans: Slogan[], add: AddRelation, sentenceOf: (p: Located) => TextSpan): void {
  // a lead that names an umbrella (聚力“三大战场”) frames its paragraph's works as the umbrella's,
  // unless it names one of its parts too (打好三大攻坚战中的污染防治攻坚战)
  // 推进秦岭山水乡村建设。: a construction a text keeps carrying out names its own works, it frames no paragraph
  const forms = sloganForms(slogans.filter((s) => s.rule !== 'slogan.construction'));
  const partsOf = new Map(slogans.map((s) => [s.name, s.parts]));
  for (const { lead, scope } of leadScopes(text, structure)) {
    // 松原查干湖机场开工建设。: a slogan written inside a work's name does not make its sentence a lead for it
    const insideWork = (at: number, length: number) => {
      for (let k = lowerBound(projectsAt, at - 24); k < projectsAt.length && projectsAt[k].start <= at; k++) if (projectsAt[k].end >= at + length && projectsAt[k].end - projectsAt[k].start > length) return true;
      return false;
    };
    // 牢牢把握“经济为本”的大方向: a direction or a principle held to guides the work, no work serves it
    const guiding = (at: number, length: number) => GUIDE_AFTER.test(text.slice(at + length, at + length + 6));
    const named = new Set(forms.within(text.slice(lead.start, lead.end)).filter((f) => !insideWork(lead.start + f.at, f.form.length) && !guiding(lead.start + f.at, f.form.length)).map((f) => f.name));
    for (const n of [...named]) if ((partsOf.get(n) ?? []).some((p) => named.has(p))) named.delete(n);
    if (!named.size) continue;
    for (let k = lowerBound(projectsAt, lead.start); k < projectsAt.length && projectsAt[k].start < scope.end; k++) {
      for (const s of named) if (s !== projectsAt[k].name) add(projectsAt[k].name, s, 'fulfils.lead-sentence', sentenceOf(projectsAt[k]));
    }
  }
}

const GUIDE_AFTER = /^”?的(?:大|总|基本)?(?:方向|要求|原则|理念|思路|导向|方针)/;
const HEADING_REACH = 1500;
const NATIONAL_CAMPAIGNS: ReadonlySet<string> = new Set(KNOWN_CAMPAIGNS);

function servedFromAfar(heading: string, start: number, end: number): boolean {
  return /为$/.test(heading.slice(Math.max(0, start - 1), start)) || /^(步伐|进程|水平|能力|支撑|保障)/.test(heading.slice(end, end + 2));
}

function headingRule(text: string, structure: DocumentStructure, projectsAt: Located[], slogans: Slogan[], add: AddRelation, sentenceOf: (p: Located) => TextSpan): void {
  const title = structure.title;
  // plan periods (十三五) frame a whole report, not a programme's projects
  // an umbrella with parts (实施三大攻坚行动) frames its section: its works serve it as well as the
  // part a lead names
  const campaignOf = new Map(slogans.map((s) => [s.name, s.rule]));
  const forms = new NameIndex(slogans.filter((s) => !PLAN_PERIOD.test(s.name)).flatMap((s) => [s.name, ...s.aliases].map((f) => [f, s.name] as [string, string])));
  for (const h of structure.headings.slice(0, 2000)) {
    // a document's title frames all of it, unless it is a numbered section's heading (an excerpt's first line)
    if (title && h.start === title.start && !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(text.slice(h.start, h.start + 6))) continue;
    // a heading run on into its text on one line (一、2023年工作回顾 2023年是…) ends at the first break
    const line = text.slice(h.start, Math.min(h.end, h.start + 80));
    const cut = line.slice(4).search(/[。；]|\s/);
    const headingText = cut >= 0 ? line.slice(0, cut + 4) : line;
    // 着力为国家中心城市建设筑牢空间支撑, 加快新旧动能转换步伐: a goal the section serves from afar
    // or the pace of a change is the setting of its works, not the programme they are done under
    const found = forms.within(headingText);
    // …and a heading built around such a goal frames its section as a whole
    if (found.some((f) => servedFromAfar(headingText, f.at, f.at + f.form.length))) continue;
    let named = new Set(found.map((f) => f.name));
    if (!named.size) continue;
    // 科学推进新型城镇化，着力为国家中心城市建设筑牢空间支撑: beside the body's own programme, a
    // national campaign the heading also names is the setting, not what the section's works serve
    // (a national campaign quoted, “一带一路”, is still the setting)
    const own = [...named].filter((n) => campaignOf.get(n) !== 'slogan.campaign' && !NATIONAL_CAMPAIGNS.has(n));
    if (own.length && own.length < named.size) named = new Set(own);
    // 实施三大攻坚行动，着力建设美丽宜居绵阳: beside a programme, the vision of the place is what the section
    // aims at, and its works serve the programme
    const programmes = [...named].filter((n) => campaignOf.get(n) !== 'slogan.place-brand');
    if (programmes.length && programmes.length < named.size) named = new Set(programmes);
    // a long section drifts from its heading: works far below it are the section's setting, not the programme's
    const reach = Math.min(h.section.end, h.end + HEADING_REACH);
    for (let k = lowerBound(projectsAt, h.end); k < projectsAt.length && projectsAt[k].start < reach; k++) {
      for (const s of named) if (s !== projectsAt[k].name) add(projectsAt[k].name, s, 'fulfils.heading', sentenceOf(projectsAt[k]));
    }
  }
}
