import type { DocumentStructure } from '@policy-graph/text';
import { FUTURE_WORDS, PAST_WORDS, type DocumentTense } from './status';

// Work reports and summaries review one year and plan the next under headings that say which
// (一、2023年工作回顾 … 二、2024年工作安排): a figure's status follows the part it stands in.
const REVIEW = /回顾|过去|成绩|成效|成就|总结|完成情况|进展情况|开展情况|落实情况|执行情况|推进情况|工作情况|主要做法/;
const PLAN = /安排|计划|任务|目标|思路|打算|展望|重点工作|部署|做好|今年|明年|下一步|今后|工作要点|努力方向/;
const YEAR = /(\d{4})年/;
// a lead line that opens the plan without a numbered heading: 今年的政府工作，突出抓好以下六个方面
const PLAN_LEAD = /^(今年|明年|\d{4}年)[^。]{0,12}(工作|任务)[^。]{0,16}(以下|如下|几个方面|重点)/;

function headingTense(line: string, documentYear: number | null): DocumentTense | null {
  if (REVIEW.test(line)) return 'report';
  const year = YEAR.exec(line);
  if (year && documentYear !== null) {
    const y = Number(year[1]);
    if (y < documentYear) return 'report';
    if (/工作|任务|目标/.test(line)) return 'plan';
  }
  return PLAN.test(line) ? 'plan' : null;
}

/** The tense of the part of the text each offset stands in, or null where no heading says. */
export function sectionTenses(text: string, structure: DocumentStructure, documentYear: number | null): (offset: number) => DocumentTense | null {
  const spans: { start: number; end: number; tense: DocumentTense }[] = [];
  const titleLine = structure.title ? text.slice(structure.title.start, structure.title.end).trim() : null;
  for (const h of structure.headings) {
    // a page that repeats its title as the first line of the body names the document there too
    if (titleLine && text.slice(h.start, h.end).trim() === titleLine) continue;
    // the title (…2021年政府工作报告) names the document, not the tense of its parts
    if (h.level > 2 && h.level < 5 || (structure.title && h.start === structure.title.start)) continue;
    const line = text.slice(h.start, Math.min(h.end, h.start + 60));
    if (h.level === 5 && line.length > 20) continue;
    // a sub-heading names its topic (制定实施…提升计划), not the tense, unless it names a year
    if (h.level === 2 && !YEAR.test(line) && !REVIEW.test(line)) continue;
    const tense = headingTense(line, documentYear);
    if (tense) spans.push({ start: h.start, end: h.level === 5 ? partEnd(text, structure, h.start) : h.section.end, tense });
  }
  for (const p of structure.paragraphs) {
    if (PLAN_LEAD.test(text.slice(p.start, p.start + 60))) spans.push({ start: p.start, end: nextLevelOneOrEnd(structure, p.start, text.length), tense: 'plan' });
  }
  // the innermost (latest starting) span that holds the offset decides
  spans.sort((a, b) => a.start - b.start);
  // an excerpt that opens in the review (五、惠民生… 过去一年的成绩来之不易) and turns to the plan
  // under a heading (2020年主要工作): what stands before the plan, unlabelled, reports
  const firstPlan = spans[0]?.tense === 'plan' ? spans[0].start : -1;
  if (firstPlan > 0) {
    const before = text.slice(0, firstPlan);
    if (/过去(?:的)?一年|一年来|回顾/.test(before) || (before.match(PAST_WORDS)?.length ?? 0) > (before.match(FUTURE_WORDS)?.length ?? 0)) spans.unshift({ start: 0, end: firstPlan, tense: 'report' });
  }
  return (offset) => {
    let found: DocumentTense | null = null;
    for (const s of spans) {
      if (s.start > offset) break;
      if (offset < s.end) found = s.tense;
    }
    return found;
  };
}

/**
 * Where a bare line (2020年主要工作) stops governing: at the next numbered heading, unless the
 * numbering starts again under it (一、…), which makes it the heading of a part of the report.
 */
function partEnd(text: string, structure: DocumentStructure, start: number): number {
  const next = nextLevelOneOrEnd(structure, start, text.length);
  if (next >= text.length || !/^[一1][、.．]/.test(text.slice(next, next + 2))) return next;
  return structure.headings.find((h) => h.start > start && h.level === 5 && h.end - h.start <= 20)?.start ?? text.length;
}

function nextLevelOneOrEnd(structure: DocumentStructure, after: number, end: number): number {
  return structure.headings.find((h) => h.start > after && h.level === 1)?.start ?? end;
}
