// Heading levels: 一、 is 1, （一） is 2, 1. is 3, short lines with commas 4, other short lines 5.
const LEVEL1 = /^(?:\*\*)?(?:第[一二三四五六七八九十百]+[部分章节篇]|[一二三四五六七八九十]+[、.．])/;
const LEVEL2 = /^(?:\*\*)?[（(][一二三四五六七八九十]+[）)]/;
const LEVEL3 = /^(?:\*\*)?\d{1,2}[、.．）)](?!\d)/;
const SENTENCE_END = /[。！？；]/;
const MAX_SHORT = 30;

export interface HeadingInfo {
  level: number;
  /** Where the heading text ends within the line (a numbered heading may run on into a paragraph). */
  end: number;
}

/** Heading level of a trimmed line, or null for body text. */
export function classifyHeading(text: string, start: number, end: number): HeadingInfo | null {
  const line = text.slice(start, Math.min(end, start + 200));
  const numbered = LEVEL1.test(line) ? 1 : LEVEL2.test(line) ? 2 : LEVEL3.test(line) ? 3 : 0;
  if (numbered) {
    const stop = line.search(/[。！？]/);
    return { level: numbered, end: stop >= 0 ? start + stop + 1 : end };
  }
  const length = end - start;
  if (length < 4 || length > MAX_SHORT || SENTENCE_END.test(line)) return null;
  if (/[，,、：:]$/.test(line) || !/[\u4e00-\u9fff]/.test(line)) return null;
  return { level: /[，,]/.test(line) ? 4 : 5, end };
}

/** Column headers of a flattened table: three or more consecutive short label lines. */
export function isTableLabel(line: string): boolean {
  return line.length >= 2 && line.length <= 8 && /^[\u4e00-\u9fff]+$/.test(line) && /(类别|任务|内容|情况|名称|序号|单位|进度|时间|责任|目标|措施|备注)$/.test(line);
}
