import type { Slogan } from '@policy-graph/model';
import type { DocumentStructure } from '@policy-graph/text';
import type { RuleId } from '../rules';
import { SpanSet, type Span } from '../spans';
import { classifyQuote } from './classify';
import { mergeVariants, SloganBook, SloganDraft, toSlogan } from './draft';
import { originBefore } from './origin';
import { countedAfterList, countedWithNamedParts, findNumberedParts, partsFromHeadings } from './numbered';
import type { Quote } from './quotes';
import { findBrandSlogans, findOwnBrands, findPlaceGoals, splitSharedEnding } from './brands';
import { findUnquotedSlogans } from './unquoted';
import { partsFromHeadingsAfterColon, partsFromRunInLeads, partsFromSectionLeads } from './parts-sections';

// Words that extend a quoted slogan into a longer surface form: “一把手”工程, “亩均论英雄”改革.
const SLOGAN_SUFFIX = /^(工程|战略|行动|改革|活动|品牌|计划|机制|体系|交通圈|生活圈|经济圈|服务圈|都市圈)/;

const CODE = /^[0-9A-Za-z+]+$/;
const COUNTED_ACTION = /^(分置|联创|同创|共治|共建|联建|联动|合一|并举|同治|一拆)(?![\u4e00-\u9fff]{0,1}(?:公司|中心))/;
const SHORT_PROGRAMME = /^(战略|计划|行动|工程)/;

// “雄鹰”“尖峰”等行动, “县中崛起”“一校一品”工程: quotes in a row share the head after the last of them
const RUN_OF_QUOTES = /^(?:、?“[^“”]{1,12}”)*、?等?/;

function afterRunOfQuotes(text: string, outerEnd: number): string {
  const rest = text.slice(outerEnd, outerEnd + 60);
  const skip = RUN_OF_QUOTES.exec(rest)?.[0].length ?? 0;
  return rest.slice(skip, skip + 4);
}
const COUNTED_AFTER_QUOTE = /^[两二三四五六七八九十]+[大个项](?:工程|行动|计划|任务|专项行动|攻坚行动)(?![\u4e00-\u9fff])/;
const PROGRAMME_HEAD = /(行动计划|计划|行动|工程|体系|格局|交通网|战略|产业|清单|方案|机制|模式|布局|品牌)/g;

/** The longest run of words after a code that ends in a programme's head, else nothing. */
function codedProgramme(after: string): string {
  const run = /^[\u4e00-\u9fff]{1,10}/.exec(after)?.[0] ?? '';
  let end = 0;
  PROGRAMME_HEAD.lastIndex = 0;
  for (let m = PROGRAMME_HEAD.exec(run); m; m = PROGRAMME_HEAD.exec(run)) end = m.index + m[0].length;
  return run.slice(0, end);
}

export interface QuotedProject {
  name: string;
  surface: string;
  span: Span;
}

export interface SloganResult {
  slogans: Slogan[];
  /** which rule found each slogan's parts */
  partsRules: Map<string, RuleId>;
  quotedProjects: QuotedProject[];
}

/** Display name: redaction marks and inner spaces dropped (**东部中心 → 东部中心). */
export function canonicalName(words: string): string {
  return words.replace(/\*+/g, '').replace(/\s+/g, '').trim();
}

export function extractSlogans(text: string, quotes: Quote[], structure: DocumentStructure): SloganResult {
  const book = new SloganBook();
  const quotedProjects: QuotedProject[] = [];
  for (const q of quotes) {
    const origin = originBefore(text, q.outerStart);
    const classified = classifyQuote(text, q, origin !== null);
    // “北跨”战略, “双进”工程: two characters name a programme when its head follows
    const shortProgramme = classified.kind === 'other' && q.end - q.start === 2 && /^[\u4e00-\u9fff]{2}$/.test(text.slice(q.start, q.end)) ? SHORT_PROGRAMME.exec(afterRunOfQuotes(text, q.outerEnd)) : null;
    // “三权”分置, “四城”联创, “五水”共治: a counted pair and the action done to it are one slogan
    const countedAction = q.end - q.start === 2 && /^[一二三四五六七八九十两双][\u4e00-\u9fff]$/.test(text.slice(q.start, q.end)) ? COUNTED_ACTION.exec(text.slice(q.outerEnd, q.outerEnd + 3)) : null;
    const joined = shortProgramme ?? countedAction;
    const { kind, name } = joined ? { kind: 'slogan' as const, name: text.slice(q.start, q.end) + joined[0] } : classified;
    const span = { start: q.start, end: q.end };
    if (kind === 'project') quotedProjects.push({ name: canonicalName(name), surface: text.slice(q.start, q.end), span });
    if (kind !== 'slogan') continue;
    const canonical = canonicalName(name);
    if (canonical.length < 2) continue;
    // “330”“503”“628”等多轮疫情: bare figures in a row name dates and cases, not programmes
    if (/^\d+$/.test(canonical) && /^(?:“\d|等|疫情)/.test(text.slice(q.outerEnd, q.outerEnd + 2)) ) continue;
    if (/^\d+$/.test(canonical) && /\d”$/.test(text.slice(q.outerStart - 5, q.outerStart))) continue;
    const d = book.add(canonical, name, span, /[一二三四五六七八九十两双]/.test(canonical) ? 'numbered' : 'slogan', origin !== null ? 'slogan.launched' : 'slogan.quoted');
    d.origin ??= origin;
    const head = SLOGAN_SUFFIX.exec(afterRunOfQuotes(text, q.outerEnd));
    if (head && !canonical.endsWith(head[0])) d.aliases.add(canonical + head[0]);
    if (joined) d.aliases.add(text.slice(q.start, q.end));
    // “幸福西宁·高品质生活”八大工程: the brand and its count are one programme
    const counted = COUNTED_AFTER_QUOTE.exec(text.slice(q.outerEnd, q.outerEnd + 8));
    if (counted) d.aliases.add(canonical + counted[0]);
    // “211”省内交通网, “8+8”现代产业培育计划: a code names nothing alone; the words after it say what it is
    const coded = CODE.test(canonical) ? codedProgramme(text.slice(q.outerEnd, q.outerEnd + 12)) : '';
    if (coded) d.aliases.add(canonical + coded);
  }
  splitSharedEnding(book);
  mergeExplained(text, book);
  findUnquotedSlogans(text, structure, book);
  findBrandSlogans(text, book);
  findOwnBrands(text, book);
  findPlaceGoals(text, book);
  const partsLists = findNumberedParts(text, book, structure);
  const consumed = [...partsLists, ...countedAfterList(text, book, partsLists)];
  dropConsumed(book, consumed);
  dropBorrowedParts(book);
  partsFromHeadings(text, structure, book);
  countedWithNamedParts(text, structure, book);
  partsFromSectionLeads(text, structure, book);
  partsFromHeadingsAfterColon(text, structure, book);
  partsFromRunInLeads(text, structure, book);
  addStandaloneStems(text, book);
  const merged = mergeVariants(book.all());
  const sloganNames = new Set(merged.flatMap((d) => [d.name, ...d.aliases]));
  const partsRules = new Map(merged.flatMap((d) => (d.partsRule ? [[d.name, d.partsRule] as const] : [])));
  return { slogans: merged.map(toSlogan), partsRules, quotedProjects: quotedProjects.filter((p) => !sloganNames.has(canonicalName(p.surface))) };
}

// “1+2+3”（即1带2园3区）: the bracket says what the quoted slogan stands for, one slogan under two names
const EXPLAINED = /“([^“”]{1,20})”[（(]即“?([^（）()“”]{2,20})”?[）)]/g;

function mergeExplained(text: string, book: SloganBook): void {
  for (const m of text.matchAll(EXPLAINED)) {
    const quoted = book.get(m[1]);
    const meant = book.get(m[2]);
    if (!quoted || quoted === meant) continue;
    if (!meant) {
      if (!/[，。；、]/.test(m[2])) quoted.aliases.add(m[2]);
      continue;
    }
    quoted.aliases.add(meant.name);
    for (const a of meant.aliases) quoted.aliases.add(a);
    for (const span of meant.mentions) book.add(quoted.name, meant.name, span, quoted.kind, quoted.rule);
    if (!quoted.parts.length) quoted.parts = meant.parts;
    book.delete(meant.name);
  }
}

// 工业强市三年行动计划 and, elsewhere, 着力在推动工业强市上开新局: the goal is named on its own too
const PROGRAMME_SUFFIX = /^([\u4e00-\u9fff]{4,10}?)(?:[一二三四五六七八九十两\d]+年)?(?:行动计划|攻坚行动|专项行动|行动|计划|战略|工程|攻坚战)$/;

function addStandaloneStems(text: string, book: SloganBook): void {
  const programmes = book.all().filter((d) => PROGRAMME_SUFFIX.test(d.name));
  // a report carries a few dozen programmes; each costs a scan of the text
  if (programmes.length > 200) return;
  for (const d of programmes) {
    const stem = PROGRAMME_SUFFIX.exec(d.name)?.[1];
    if (!stem || book.get(stem) || /[一二三四五六七八九十两]/.test(stem[0])) continue;
    let standalone = 0;
    for (let at = text.indexOf(stem); at >= 0 && standalone === 0; at = text.indexOf(stem, at + 1)) {
      if (!d.mentions.some((m) => m.start <= at && at < m.end) && !/^[\u4e00-\u9fff]{0,3}(?:行动|计划|战略|工程|攻坚)/.test(text.slice(at + stem.length, at + stem.length + 6))) standalone++;
    }
    if (standalone) d.aliases.add(stem);
  }
}

/** 八个新兴产业 listed inside “8+8”: parts already another slogan's (with more of them) are not its own. */
function dropBorrowedParts(book: SloganBook): void {
  const all = book.all();
  for (const d of all) {
    if (!d.parts.length) continue;
    const owner = all.find((o) => o !== d && o.parts.length > d.parts.length && d.parts.filter((p) => o.parts.includes(p)).length * 2 >= d.parts.length);
    if (owner) {
      d.parts = [];
      d.partsRule = null;
    }
  }
}

function dropConsumed(book: SloganBook, consumed: Span[]): void {
  const spans = new SpanSet(mergeOverlaps(consumed));
  const inside = (m: Span) => {
    const c = spans.find(m.start);
    return !!c && m.end <= c.end;
  };
  for (const d of book.all()) if (d.mentions.every(inside)) book.delete(d.name);
}

function mergeOverlaps(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export type { SloganDraft };
