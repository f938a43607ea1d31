// Names looked up by the words of a short text rather than by scanning every name: a document with
// thousands of slogans or projects stays linear.
const MAX_SCAN = 24;

export class NameIndex {
  private readonly names: Map<string, string>;
  private readonly longest: number;

  /** `entries` maps each surface form to the name it stands for. */
  constructor(entries: Iterable<[string, string]>, private readonly minLength = 2) {
    this.names = new Map([...entries].filter(([form]) => form.length >= minLength));
    let longest = 0;
    for (const form of this.names.keys()) longest = Math.max(longest, form.length);
    this.longest = Math.min(MAX_SCAN, longest);
  }

  static of(names: Iterable<string>, minLength = 2): NameIndex {
    return new NameIndex([...names].map((n) => [n, n] as [string, string]), minLength);
  }

  /** The name a surface form stands for. */
  get(form: string): string | undefined {
    return this.names.get(form);
  }

  has(form: string): boolean {
    return this.names.has(form);
  }

  /** Surface forms found inside `text`, with their offsets, longest first at each offset. */
  within(text: string): { form: string; name: string; at: number }[] {
    const out: { form: string; name: string; at: number }[] = [];
    for (let at = 0; at < text.length; at++) {
      for (let len = Math.min(this.longest, text.length - at); len >= this.minLength; len--) {
        const form = text.slice(at, at + len);
        const name = this.names.get(form);
        if (name !== undefined) out.push({ form, name, at });
      }
    }
    return out;
  }

  /** The start of a form that runs across `offset` in `text`, if any (the earliest such start). */
  spanningStart(text: string, offset: number): number | null {
    let best: number | null = null;
    const reach = Math.min(this.longest, 10);
    for (let a = Math.max(0, offset - reach + 1); a < offset; a++) {
      for (let len = offset - a + 1; len <= reach && a + len <= text.length; len++) {
        if (this.names.has(text.slice(a, a + len))) {
          best = best === null ? a : Math.min(best, a);
          break;
        }
      }
      if (best !== null) break;
    }
    return best;
  }
}
