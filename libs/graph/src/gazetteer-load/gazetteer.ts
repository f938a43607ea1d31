import type { AdminLevel } from '@policy-graph/model';
import { BOUNDARY_CHANGES, FORMER_PLACES } from './boundary-changes';
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

// Lookups over the gazetteer plus the dated memberships of places that changed parent.
export class Gazetteer {
  private readonly byCode = new Map<string, GazetteerPlace>();
  private readonly byKey = new Map<string, GazetteerPlace[]>();
  private readonly moves = new Map<string, Membership[]>();

  constructor(places: GazetteerPlace[]) {
    for (const p of places) this.add(p);
    for (const f of FORMER_PLACES) this.add(f);
    for (const c of BOUNDARY_CHANGES)
      for (const child of c.children)
        this.moves.set(child, [
          { child, parent: c.fromParent, since: null, until: c.year - 1 },
          { child, parent: c.toParent, since: c.year, until: null },
        ]);
  }

  private add(p: GazetteerPlace): void {
    this.byCode.set(p.code, p);
    const key = `${p.level}:${stripAdminSuffix(p.name)}`;
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
  }

  get(code: string): GazetteerPlace | undefined {
    return this.byCode.get(code);
  }

  // Places of a level with this name, narrowed to those under `within` (any ancestor, at any time).
  find(level: AdminLevel, name: string, within?: string | null): GazetteerPlace[] {
    const all = this.byKey.get(`${level}:${stripAdminSuffix(name)}`) ?? [];
    const exact = all.filter((p) => p.name === name);
    const pool = exact.length ? exact : all;
    return within ? pool.filter((p) => this.isUnder(p.code, within)) : pool;
  }

  memberships(code: string): Membership[] {
    const moved = this.moves.get(code);
    if (moved) return moved;
    const place = this.byCode.get(code);
    if (!place?.parentCode) return [];
    const former = FORMER_PLACES.find((f) => f.code === code);
    return [{ child: code, parent: place.parentCode, since: null, until: former?.until ?? null }];
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
