/** Publication date and publisher as government pages print them: 发布日期：2024-07-08, 来源：新街街道. */
export interface LineMetadata {
  date: string | null;
  publisher: string | null;
}

const DATE_PARTS = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const DATE_LINE = new RegExp(`(?:发布日期|发布时间|发文日期|成文日期|日期)\\s*[:：]?\\s*${DATE_PARTS.source}`);
const PUBLISHER_LINE = /(?:信息来源|文章来源|来源|发布机构|发布单位)\s*[:：]?\s*([^\s|｜:：]+)/;
const HEAD_LINES = 60;

/** `2024年7月8日`, `2024/07/08 14:44`, `2019-03-15T08:00:00+08:00` → `2024-07-08`. */
export function normaliseDate(value: string | null | undefined): string | null {
  const match = value ? DATE_PARTS.exec(value) : null;
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function metadataFromLines(text: string): LineMetadata {
  const head = text.split('\n').slice(0, HEAD_LINES).join('\n');
  const dateMatch = DATE_LINE.exec(head);
  const publisherMatch = PUBLISHER_LINE.exec(head);
  return {
    date: dateMatch ? normaliseDate(dateMatch[0]) : null,
    publisher: publisherMatch ? publisherMatch[1] : null,
  };
}
