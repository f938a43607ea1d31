// Maps offsets in a derived text back to offsets in its source text.
// A null table means the derived text has the same length and alignment as its source.
export class OffsetMap {
  private constructor(
    private readonly table: Int32Array | null,
    readonly length: number,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap(null, length);
  }

  /** table[i] is the source offset of derived code unit i; table[length] is the source length. */
  static fromTable(table: Int32Array): OffsetMap {
    return new OffsetMap(table, table.length - 1);
  }

  get isIdentity(): boolean {
    return this.table === null;
  }

  toSource(offset: number): number {
    const i = Math.max(0, Math.min(offset, this.length));
    return this.table ? this.table[i] : i;
  }

  /** This map applied after `inner` (inner maps this map's source to an earlier source). */
  then(inner: OffsetMap): OffsetMap {
    if (this.table === null) return inner;
    if (inner.table === null) return this;
    const out = new Int32Array(this.table.length);
    for (let i = 0; i < out.length; i++) out[i] = inner.toSource(this.table[i]);
    return OffsetMap.fromTable(out);
  }
}

/** Builds a derived text piece by piece while recording where each piece came from. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly table: number[] = [];
  private changed = false;

  constructor(private readonly sourceLength: number) {}

  /** Copies source[start, end) unchanged. */
  copy(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    for (let i = start; i < end; i++) this.table.push(i);
  }

  /** Emits `text`, of the same length as source[start, start + text.length), unit for unit. */
  copyAs(text: string, start: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.table.push(start + i);
  }

  /** Emits `text` as the replacement of source[start, end). */
  replace(text: string, start: number, end: number): void {
    this.changed = true;
    this.parts.push(text);
    const span = end - start;
    for (let i = 0; i < text.length; i++) {
      // spread the replacement over the source span; the last unit never passes end - 1
      this.table.push(span > 0 ? start + Math.min(span - 1, Math.floor((i * span) / text.length)) : start);
    }
  }

  build(): { text: string; map: OffsetMap } {
    const text = this.parts.join('');
    if (!this.changed && text.length === this.sourceLength) return { text, map: OffsetMap.identity(text.length) };
    const table = Int32Array.from(this.table);
    const full = new Int32Array(table.length + 1);
    full.set(table);
    full[table.length] = this.sourceLength;
    return { text, map: OffsetMap.fromTable(full) };
  }
}
