import type { AdminLevel, Slogan } from '@policy-graph/model';
import { confidenceOf, type RuleId } from '../rules';
import type { Span } from '../spans';

/** A slogan while it is being collected, before aliases are merged. */
export interface SloganDraft {
  name: string;
  aliases: Set<string>;
  parts: string[];
  kind: 'numbered' | 'campaign' | 'slogan';
  origin: AdminLevel | null;
  mentions: Span[];
  /** the rule that first found it, and the rule that found its parts */
  rule: RuleId;
  partsRule: RuleId | null;
}

export class SloganBook {
  private readonly starts = new Map<SloganDraft, Set<number>>();
  private readonly byName = new Map<string, SloganDraft>();

  add(name: string, surface: string, span: Span, kind: SloganDraft['kind'], rule: RuleId): SloganDraft {
    let d = this.byName.get(name);
    if (!d) {
      d = { name, aliases: new Set(), parts: [], kind, origin: null, mentions: [], rule, partsRule: null };
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

const NUMERAL = /[一二三四五六七八九十]/;
const OWN_PROGRAMME = /^[\u4e00-\u9fff]{2,}(行动|计划|工程|战略|攻坚战|活动)$/;

/** Shorter drafts a longer one extends: a prefix (全域美丽 of 全域美丽大花园) or a counted piece (一线一路 of 一线一路一河一库). */
function shorterVariants(long: SloganDraft, byName: Map<string, SloganDraft>): { short: SloganDraft; prefix: boolean }[] {
  const out: { short: SloganDraft; prefix: boolean }[] = [];
  const name = long.name;
  for (let at = 0; at < name.length; at++) {
    for (let len = 2; at + len <= name.length && len < name.length && len <= 24; len++) {
      const short = byName.get(name.slice(at, at + len));
      if (!short) continue;
      // 脱贫攻坚问题清零行动 is a drive of its own, not a way of writing 脱贫攻坚
      const prefix = at === 0 && len >= 3 && !OWN_PROGRAMME.test(name.slice(len));
      const numberedPiece = NUMERAL.test(short.name) && NUMERAL.test(name.slice(0, at) + name.slice(at + len));
      if (prefix || numberedPiece) out.push({ short, prefix: prefix && !numberedPiece });
    }
  }
  return out;
}

/** Folds a variant into the draft most often mentioned: 全域美丽大花园 → 全域美丽, 一线一路 → 一线一路一河一库. */
export function mergeVariants(drafts: SloganDraft[]): SloganDraft[] {
  const byName = new Map(drafts.map((d) => [d.name, d]));
  const gone = new Set<SloganDraft>();
  const pieces = piecesOfLonger(drafts);
  for (const long of [...drafts].sort((a, b) => b.name.length - a.name.length)) {
    for (const { short, prefix } of shorterVariants(long, byName)) {
      if (gone.has(long) || gone.has(short)) continue;
      // “追赶超越奋进年、营商环境提升年…”: the list's first item is a slogan of its own like the others
      // …and is not a variant of a shorter slogan it begins with (追赶超越奋进年 is not 追赶超越)
      if ((short.rule === 'slogan.list-item' && long.name.startsWith(short.name + '、')) || long.rule === 'slogan.list-item') continue;
      // 幸福西宁 read inside “幸福西宁·高品质生活” only: a piece of the longer name, never its own slogan
      const keep = !pieces.has(short) && (short.mentions.length > long.mentions.length || (prefix && short.mentions.length === long.mentions.length)) ? short : long;
      const drop = keep === short ? long : short;
      absorb(keep, drop);
      gone.add(drop);
    }
  }
  // 幸福甘泉 read only inside 宜居幸福甘泉: a piece that is no prefix goes into the name it stands in
  for (const [piece, into] of pieces) {
    if (gone.has(piece) || gone.has(into) || piece.rule === 'slogan.quoted' || piece.rule === 'slogan.launched' || piece.rule === 'slogan.list-item') continue;
    into.aliases.add(piece.name);
    gone.add(piece);
  }
  return drafts.filter((d) => !gone.has(d));
}

/** Drafts every mention of which lies inside a mention of a longer draft (幸福西宁 inside “幸福西宁·高品质生活”), each with the first such draft. */
function piecesOfLonger(drafts: SloganDraft[]): Map<SloganDraft, SloganDraft> {
  const byStart = new Map<number, { end: number; draft: SloganDraft }[]>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      const list = byStart.get(m.start) ?? [];
      list.push({ end: m.end, draft: d });
      byStart.set(m.start, list);
    }
  }
  const container = (m: Span, length: number): SloganDraft | null => {
    for (let at = m.start; at >= m.start - 32; at--) {
      const hit = byStart.get(at)?.find((l) => l.end >= m.end && l.draft.name.length > length);
      if (hit) return hit.draft;
    }
    return null;
  };
  const out = new Map<SloganDraft, SloganDraft>();
  for (const d of drafts) {
    const first = d.mentions.length ? container(d.mentions[0], d.name.length) : null;
    if (first && d.mentions.every((m) => container(m, d.name.length))) out.set(d, first);
  }
  return out;
}

function absorb(keep: SloganDraft, drop: SloganDraft): void {
  keep.aliases.add(drop.name);
  for (const a of drop.aliases) keep.aliases.add(a);
  keep.mentions.push(...drop.mentions);
  if (!keep.parts.length) {
    keep.parts = drop.parts;
    keep.partsRule = drop.partsRule;
  }
  if (confidenceOf(drop.rule) > confidenceOf(keep.rule)) keep.rule = drop.rule;
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
    rule: d.rule,
    confidence: confidenceOf(d.rule),
  };
}
