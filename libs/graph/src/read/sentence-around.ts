// The sentence around a span, cut from a window of the document's text: what a reviewer reads to
// decide on a fact whose evidence is a mention rather than a sentence the extraction kept.

const END = /[。！？；!?;\n]/;

export interface Sentence {
  evidence: string;
  /** offsets of the sentence in the whole document */
  start: number;
  end: number;
}

/** `window` is the text from offset `windowStart`; [start, end) is the span, inside the window. */
export function sentenceAround(window: string, windowStart: number, start: number, end: number): Sentence {
  const from = Math.max(0, Math.min(start - windowStart, window.length));
  const to = Math.max(from, Math.min(end - windowStart, window.length));
  let a = from;
  while (a > 0 && !END.test(window[a - 1])) a--;
  let b = to;
  while (b < window.length && !END.test(window[b])) b++;
  if (b < window.length && window[b] !== '\n') b++;
  const raw = window.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const evidence = raw.trim();
  return { evidence, start: windowStart + a + lead, end: windowStart + a + lead + evidence.length };
}
