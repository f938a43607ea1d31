export interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping spans with a binary-search membership test. */
export class SpanSet {
  constructor(readonly spans: readonly Span[]) {}

  /** The span containing offset, or null. */
  find(offset: number): Span | null {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  contains(offset: number): boolean {
    return this.find(offset) !== null;
  }
}
