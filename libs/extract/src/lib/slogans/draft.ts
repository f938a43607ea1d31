import type { AdminLevel, Slogan } from '@policy-graph/model';
import type { Span } from '../spans';

/** A slogan while it is being collected, before aliases are merged. */
export interface SloganDraft {
  name: string;
  aliases: Set<string>;
  parts: string[];
  kind: 'numbered' | 'campaign' | 'slogan';
  origin: AdminLevel | null;
  mentions: Span[];
}

export class SloganBook {
  private readonly starts = new Map<SloganDraft, Set<number>>();
  private readonly byName = new Map<string, SloganDraft>();

  add(name: string, surface: string, span: Span, kind: SloganDraft['kind']): SloganDraft {
    let d = this.byName.get(name);
    if (!d) {
      d = { name, aliases: new Set(), parts: [], kind, origin: null, mentions: [] };
      this.byName.set(name, d);
      this.starts.set(d, new Set());
    }
    if (surface !== name) d.aliases.add(surface);
    const starts = this.starts.get(d) ?? new Set<number>();
    if (!starts.has(span.start)) {
      starts.add(span.start);
      d.mentions.push(span);
    }
    return d;
  }

  get(name: string): SloganDraft | undefined {
    return this.byName.get(name);
  }

  delete(name: string): void {
    this.byName.delete(name);
  }

  all(): SloganDraft[] {
    return [...this.byName.values()];
  }
}

/** Folds a variant into the draft most often mentioned: 全域美丽大花园 → 全域美丽, 一线一路 → 一线一路一河一库. */
export function mergeVariants(drafts: SloganDraft[]): SloganDraft[] {
  const sorted = [...drafts].sort((a, b) => a.name.length - b.name.length);
  const gone = new Set<SloganDraft>();
  for (const short of sorted) {
    for (const long of sorted) {
      if (long === short || gone.has(long) || gone.has(short) || long.name.length <= short.name.length) continue;
      const prefix = long.name.startsWith(short.name) && short.name.length >= 3;
      const numberedPiece = /[一二三四五六七八九十]/.test(short.name) && long.name.includes(short.name) && /[一二三四五六七八九十]/.test(long.name.replace(short.name, ''));
      if (!prefix && !numberedPiece) continue;
      const keep = short.mentions.length > long.mentions.length || (prefix && short.mentions.length === long.mentions.length && !numberedPiece) ? short : long;
      const drop = keep === short ? long : short;
      absorb(keep, drop);
      gone.add(drop);
    }
  }
  return drafts.filter((d) => !gone.has(d));
}

function absorb(keep: SloganDraft, drop: SloganDraft): void {
  keep.aliases.add(drop.name);
  for (const a of drop.aliases) keep.aliases.add(a);
  keep.mentions.push(...drop.mentions);
  if (!keep.parts.length) keep.parts = drop.parts;
  keep.origin ??= drop.origin;
}

export function toSlogan(d: SloganDraft): Slogan {
  d.aliases.delete(d.name);
  return {
    name: d.name,
    aliases: [...d.aliases],
    parts: d.parts,
    kind: d.kind,
    origin: d.origin,
    mentions: [...d.mentions].sort((a, b) => a.start - b.start),
  };
}
