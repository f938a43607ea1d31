import type { Span } from '../spans';

export interface Quote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
}

const OPEN: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };
const MAX_QUOTE = 80;
const OPENING = /[“「『"]/g;

/** Quoted phrases, in order; an unclosed mark at a line end is dropped. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const n = text.length;
  OPENING.lastIndex = 0;
  for (let found = OPENING.exec(text); found; found = OPENING.exec(text)) {
    const i = found.index;
    const close = OPEN[text[i]];
    let j = i + 1;
    const limit = Math.min(n, i + 1 + MAX_QUOTE);
    while (j < limit && text[j] !== close && text[j] !== '\n' && !(close !== '"' && text[j] === text[i])) j++;
    if (j < limit && text[j] === close && j > i + 1) {
      out.push({ start: i + 1, end: j, outerStart: i, outerEnd: j + 1 });
      OPENING.lastIndex = j + 1;
    } else {
      // a second opening mark before any close starts the next attempt
      OPENING.lastIndex = j > i + 1 && text[j] === text[i] ? j : i + 1;
    }
  }
  return out;
}

export function quoteSpans(quotes: Quote[]): Span[] {
  return quotes.map((q) => ({ start: q.outerStart, end: q.outerEnd }));
}
