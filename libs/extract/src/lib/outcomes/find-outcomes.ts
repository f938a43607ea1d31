import type { Outcome } from '@policy-graph/model';
import { parseArabicNumeral, parseChineseNumeral } from './numerals';
import { classifyStatus, DocumentTense } from './status';
import { metricOf } from './metric';
import { DURATION_CUE, DURATION_UNIT, TIME_WORDS, unitAt } from './units';
import { confidenceOf } from '../rules';
import type { SpanSet } from '../spans';

// Arabic numerals, and Chinese ones that count past one (两千, 三十, 千余): 一 alone is an article, not a figure.
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|[两二三四五六七八九十百千][零〇一二两三四五六七八九十百千万]*(?=余|多|[个家项条幢座场次名人户件处宗所辆台套间])/g;
const CLAUSE_BREAK = '，。；！？：\n,;';
const SENTENCE_BREAK = '。！？\n';
const RANGE = /^(?:至|到|-|~|—|－)(\d+(?:\.\d+)?)/;

export interface OutcomeContext {
  text: string;
  quotes: SpanSet;
  tense: DocumentTense;
  /** The tense of the part of the text an offset stands in, when a heading says. */
  sectionTense: (offset: number) => DocumentTense | null;
  /** True when the offset sits in the completion column of a flattened task table. */
  inCompletionCell: (offset: number) => boolean;
}

function scanBack(text: string, from: number, stops: string, limit: number): number {
  const min = Math.max(0, from - limit);
  for (let i = from - 1; i >= min; i--) if (stops.includes(text[i])) return i + 1;
  return min;
}

function scanForward(text: string, from: number, stops: string, limit: number): number {
  const max = Math.min(text.length, from + limit);
  for (let i = from; i < max; i++) if (stops.includes(text[i])) return i;
  return max;
}

function isListOrdinal(text: string, start: number, end: number): boolean {
  const lineStart = start === 0 || text[start - 1] === '\n' || /^\s*$/.test(text.slice(scanBack(text, start, '\n', 8), start));
  if (!lineStart) return false;
  // 31.88 亿元 at the head of a line broken by a PDF is a figure, not an item's number
  if (/^[ \u3000]$/.test(text[end] ?? '') && unitAt(text, end + 1)) return false;
  return /^[.、．)）\s]/.test(text[end] ?? '');
}

function rejected(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (/[第a-zA-Z\-/.:+#]/.test(prev) || /[a-zA-Z+\-:/]/.test(next) || next === '.') return true;
  // 1，029 written with a separator the number pattern does not join
  if (/^[，, ]$/.test(prev) && /\d/.test(text[start - 2] ?? '') && end - start === 3) return true;
  return isListOrdinal(text, start, end);
}

/** Every number with a unit that reports a result, an aim, progress or money put in. */
export function findOutcomes(ctx: OutcomeContext): Outcome[] {
  const { text } = ctx;
  const out: Outcome[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    const numEnd = start + m[0].length;
    if (rejected(text, start, numEnd) || ctx.quotes.contains(start)) continue;
    const outcome = readOutcome(ctx, start, numEnd, m[0]);
    if (outcome) {
      out.push(outcome);
      NUMBER.lastIndex = outcome.mentions[0].end;
    }
  }
  return out;
}

function readOutcome(ctx: OutcomeContext, start: number, numEnd: number, digits: string): Outcome | null {
  const { text } = ctx;
  const value = /^\d/.test(digits) ? parseArabicNumeral(digits) : chineseCount(ctx.text, start, digits);
  if (value === null) return null;
  let j = numEnd;
  const range = RANGE.exec(text.slice(j, j + 12));
  if (range) j += range[0].length;
  if (text[j] === '余' || text[j] === '多') j++;
  // 770 亿元: text taken from a PDF often puts a space between a figure and its unit
  if (/^\d/.test(digits) && /^[ \u00a0]$/.test(text[j] ?? '') && /[\u4e00-\u9fff%‰]/.test(text[j + 1] ?? '') && !TIME_WORDS.test(text.slice(j + 1, j + 4)) && unitAt(text, j + 1)) j++;
  // 140期培训班, 14轮核酸筛查: sessions and rounds counted in digits are results; 二期, 第3期 are phases
  const counted = /^\d/.test(digits) && /^[期轮]/.test(text.slice(j, j + 1)) && text[start - 1] !== '第';
  const duration = DURATION_UNIT.exec(text.slice(j, j + 4))?.[0];
  const measured = !!duration && DURATION_CUE.test(text.slice(Math.max(0, start - 16), start) + text.slice(j + duration.length, j + duration.length + 4));
  if (TIME_WORDS.test(text.slice(j, j + 3)) && !counted && !measured) return null;
  const unit = measured && duration ? { unit: duration, length: duration.length, base: duration, factor: 1 } : unitAt(text, j);
  if (!unit) return null;
  const end = j + unit.length;
  const clauseStart = scanBack(text, start, CLAUSE_BREAK, 60);
  const clauseEnd = scanForward(text, end, CLAUSE_BREAK, 60);
  const sentenceStart = scanBack(text, clauseStart, SENTENCE_BREAK, 200);
  const before = text.slice(clauseStart, start);
  const after = text.slice(end, clauseEnd);
  const { status, rule } = classifyStatus(unit.unit, before, after, text.slice(sentenceStart, clauseStart), ctx.tense, ctx.inCompletionCell(start), ctx.sectionTense(start));
  return {
    value,
    unit: unit.unit,
    baseValue: unit.base ? roundBase(value * unit.factor) : null,
    baseUnit: unit.base || null,
    status,
    metric: metricOf(before, after),
    text: text.slice(clauseStart, clauseEnd),
    project: null,
    mentions: [{ start, end }],
    rule,
    confidence: confidenceOf(rule),
  };
}

/** A Chinese numeral as a figure, unless it starts a slogan-like phrase (两个维护, 三大攻坚战) or an ordinal. */
function chineseCount(text: string, start: number, numeral: string): number | null {
  const after = text.slice(start + numeral.length, start + numeral.length + 3);
  if (/^次(全|会|党|代表|人大|常委)/.test(after)) return null;
  if (/[第届一二三四五六七八九十]/.test(text[start - 1] ?? '')) return null;
  const approximate = /^(余|多)/.test(after);
  if (/^[一二三四五六七八九十两百千]$/.test(numeral) && !approximate) return null;
  return parseChineseNumeral(numeral);
}

function roundBase(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
