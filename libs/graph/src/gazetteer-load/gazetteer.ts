import type { AdminLevel } from '@policy-graph/model';
import { FORMER_PLACES, streetMoves } from '@policy-graph/model';
import { GazetteerPlace, readGazetteerPlaces } from './gazetteer-data';

export interface Membership {
  child: string;
  parent: string;
  since: number | null;
  until: number | null;
}

const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市', '地区', '自治州', '盟', '区', '县', '街道', '镇', '乡'];

export function stripAdminSuffix(name: string): string {
  for (const s of SUFFIXES) if (name.length > s.length + 1 && name.endsWith(s)) return name.slice(0, -s.length);
  return name;
}

// Lookups over the gazetteer plus the places abolished since 2010 and the dated memberships of
// places that changed parent (boundary-changes.ts).
export class Gazetteer {
  private readonly byCode = new Map<string, GazetteerPlace>();
  private readonly byKey = new Map<string, GazetteerPlace[]>();
  private readonly moves = new Map<string, Membership[]>();
  /** Last year of each place abolished since 2010 (today's places keep their codes). */
  private readonly formerUntil = new Map<string, number>();

  constructor(places: GazetteerPlace[]) {
    for (const p of places) this.add(p);
    const children = new Map<string, string[]>();
    for (const p of places) if (p.parentCode) children.set(p.parentCode, [...(children.get(p.parentCode) ?? []), p.code]);
    // cities first, so that a former district finds its former city
    for (const f of [...FORMER_PLACES].sort((a, b) => a.code.length - b.code.length)) {
      if (this.byCode.has(f.code)) continue;
      this.add({ code: f.code, name: f.name, level: f.level, parentCode: this.parentOf(f.code) });
      this.formerUntil.set(f.code, f.until);
    }
    const districtCode = (name: string, near: string, year: number): string | null => {
      const candidates = this.byKey.get(`district:${stripAdminSuffix(name)}`) ?? [];
      const named = candidates.filter((p) => p.name === name && (this.formerUntil.get(p.code) ?? year - 1) === year - 1);
      const close = named.filter((p) => p.code.slice(0, 4) === near.slice(0, 4));
      const pool = close.length ? close : named.filter((p) => p.code.slice(0, 2) === near.slice(0, 2));
      return pool.length === 1 ? pool[0].code : null;
    };
    for (const m of streetMoves((district) => (children.get(district) ?? []).filter((c) => this.byCode.get(c)?.level === 'street'), districtCode))
      for (const child of m.streets)
        this.moves.set(child, [
          { child, parent: m.from, since: null, until: m.year - 1 },
          { child, parent: m.to, since: m.year, until: null },
        ]);
  }

  // A former place hangs off its city (today's or a former one), else its province (municipalities).
  private parentOf(code: string): string | null {
    if (code.length === 2) return null;
    if (code.length === 4) return code.slice(0, 2);
    return this.byCode.has(code.slice(0, 4)) ? code.slice(0, 4) : code.slice(0, 2);
  }

  private add(p: GazetteerPlace): void {
    this.byCode.set(p.code, p);
    const key = `${p.level}:${stripAdminSuffix(p.name)}`;
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
  }

  get(code: string): GazetteerPlace | undefined {
    return this.byCode.get(code);
  }

  // Places of a level with this name, narrowed to those under `within` (any ancestor, at any time);
  // a place abolished since 2010 only where none of today's answers (崇川区 is today's 320613).
  find(level: AdminLevel, name: string, within?: string | null): GazetteerPlace[] {
    const all = this.byKey.get(`${level}:${stripAdminSuffix(name)}`) ?? [];
    const exact = all.filter((p) => p.name === name);
    const named = exact.length ? exact : all;
    const pool = within ? named.filter((p) => this.isUnder(p.code, within)) : named;
    const current = pool.filter((p) => !this.formerUntil.has(p.code));
    return current.length ? current : pool;
  }

  memberships(code: string): Membership[] {
    const moved = this.moves.get(code);
    if (moved) return moved;
    const place = this.byCode.get(code);
    if (!place?.parentCode) return [];
    return [{ child: code, parent: place.parentCode, since: null, until: this.formerUntil.get(code) ?? null }];
  }

  // The place and every ancestor it has had, nearest first.
  lineage(code: string): GazetteerPlace[] {
    const out: GazetteerPlace[] = [];
    const seen = new Set<string>();
    const visit = (c: string) => {
      const p = this.byCode.get(c);
      if (!p || seen.has(c)) return;
      seen.add(c);
      out.push(p);
      for (const m of this.memberships(c)) visit(m.parent);
    };
    visit(code);
    return out;
  }

  isUnder(code: string, ancestor: string): boolean {
    return this.lineage(code).some((p) => p.code === ancestor);
  }
}

let shared: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  shared ??= new Gazetteer(readGazetteerPlaces());
  return shared;
}
