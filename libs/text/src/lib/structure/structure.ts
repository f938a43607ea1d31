import { classifyHeading, isTableLabel } from './heading';
import { splitLines } from './lines';

export interface TextSpan {
  start: number;
  end: number;
}

export interface Heading extends TextSpan {
  level: number;
  /** The part of the text this heading governs, up to the next heading of the same or a higher level. */
  section: TextSpan;
}

export interface Paragraph extends TextSpan {
  /** Index of the nearest heading above, or -1. */
  heading: number;
}

export interface DocumentStructure {
  title: TextSpan | null;
  headings: Heading[];
  paragraphs: Paragraph[];
  sentences: TextSpan[];
  /** Rows of a flattened table (label line plus its cells), when the text holds one. */
  tableRows: TextSpan[];
}

/** Title, headings, paragraphs, sentences and table rows of a normalised text, in one pass over its lines. */
export function analyseStructure(text: string): DocumentStructure {
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  let tableStart = -1;
  let labelRun = 0;
  for (const line of splitLines(text)) {
    labelRun = isTableLabel(text.slice(line.start, line.end)) ? labelRun + 1 : 0;
    if (labelRun >= 3 && tableStart < 0) tableStart = line.end;
    const heading = labelRun ? null : classifyHeading(text, line.start, line.end);
    if (heading) {
      headings.push({ start: line.start, end: heading.end, level: heading.level, section: { start: line.start, end: text.length } });
      if (heading.end < line.end) paragraphs.push({ start: heading.end, end: line.end, heading: headings.length - 1 });
    } else {
      paragraphs.push({ start: line.start, end: line.end, heading: headings.length - 1 });
    }
  }
  closeSections(headings, text.length);
  return {
    title: findTitle(text, headings),
    headings,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    tableRows: tableStart < 0 ? [] : rowsAfter(headings, tableStart),
  };
}

function closeSections(headings: Heading[], textEnd: number): void {
  const open: Heading[] = [];
  for (const h of headings) {
    for (let top = open.at(-1); top && top.level >= h.level; top = open.at(-1)) {
      top.section.end = h.start;
      open.pop();
    }
    open.push(h);
  }
  for (const h of open) h.section.end = textEnd;
}

// page furniture; a year or a date after a title (…2022年工作总结 2023-02-24) is not
// (索引号, 组配分类, 生成日期: the catalogue lines of a government page's disclosure header)
const CHROME = /[|]|上一|下一|第.版|^\s*第\s*\d+\s*[:：]|版面|导航|首页|放大|缩小|发布时间|浏览|索引号|组配分类|发布机构|生成日期|公开方式|发文日期|成文日期|文件编号|信息来源|^\s*\d{4}[-/.年]\d{0,2}[-/.月]?\d{0,2}日?\s*$|\d{1,2}:\d{2}/;

/** The first line when it reads as a title (short, no sentence end), else the first heading among the opening lines that is not page chrome. */
function findTitle(text: string, headings: Heading[]): TextSpan | null {
  const firstLine = /^\s*([^\n]{4,60})\n/.exec(text);
  if (firstLine && !/[。！？；，,：:]$|[。！？]/.test(firstLine[1].trim()) && !CHROME.test(firstLine[1].replace(/\s\d{4}-\d{1,2}-\d{1,2}\s*$/, ''))) {
    const start = text.indexOf(firstLine[1]);
    const trimmed = firstLine[1].replace(/\s+\d{4}-\d{1,2}-\d{1,2}\s*$/, '').trimEnd();
    return { start, end: start + trimmed.length };
  }
  const repeated = repeatedHeadline(text);
  if (repeated) return repeated;
  const first = headings.slice(0, 12).find((h) => h.start < 2000 && h.end - h.start >= 4 && !CHROME.test(text.slice(h.start, h.end)));
  return first ? { start: first.start, end: first.end } : null;
}

/** A newspaper page names its article twice at the top, in the headline list and above the text: that line is the title. */
function repeatedHeadline(text: string): TextSpan | null {
  const lines: { text: string; start: number }[] = [];
  for (let at = 0, k = 0; at < text.length && k < 16; k++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const trimmed = line.trim().replace(/[~～]+$/, '').trimEnd();
    if (trimmed) lines.push({ text: trimmed, start: at + line.indexOf(trimmed) });
    if (end < 0) break;
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const { text: line, start } = lines[i];
    if (line.length < 6 || line.length > 60 || CHROME.test(line) || /[。！？]$/.test(line)) continue;
    if (lines.some((other, j) => j > i && other.text === line)) return { start, end: start + line.length };
  }
  return null;
}

function splitSentences(text: string, paragraphs: Paragraph[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const p of paragraphs) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
        // a closing quote belongs to the sentence it closes
        const e = text[i + 1] === '”' ? i + 2 : i + 1;
        if (e > s) out.push({ start: s, end: e });
        s = e;
        i = e - 1;
      }
    }
    if (p.end > s) out.push({ start: s, end: p.end });
  }
  return out;
}

function rowsAfter(headings: Heading[], tableStart: number): TextSpan[] {
  const inTable = headings.filter((h) => h.start >= tableStart);
  const lowest = Math.max(...inTable.map((h) => h.level), 0);
  return inTable.filter((h) => h.level === lowest).map((h) => ({ ...h.section }));
}
