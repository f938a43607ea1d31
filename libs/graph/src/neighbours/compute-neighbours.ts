import type { Gazetteer } from '../gazetteer-load/gazetteer';
import type { GazetteerPlace } from '../gazetteer-load/gazetteer-data';
import { BOUNDARY_FOLDER, BOUNDARY_PACKAGE, type CountyFeature } from './boundary-source';
import { BORDER_OPTIONS, sharedBorders, type BorderOptions } from './shared-borders';

export type NeighbourTier = 'province' | 'city' | 'district';

/** Adjacency of one tier: [code, code, cells of shared boundary], the smaller code first. */
export type NeighbourPair = [string, string, number];

export interface NeighbourData {
  source: string;
  method: string;
  tiers: Record<NeighbourTier, NeighbourPair[]>;
  /** Features of the source that name no division of the gazetteer (Taiwan's, and counties merged or
   * renamed since the map was drawn: these still count for their file's city and province). */
  unmatched: string[];
}

const isMunicipality = (p: GazetteerPlace) => p.level === 'province' && p.name.endsWith('市');

// A county feature's division: its code when the gazetteer knows it, else its name among the
// districts of the city (or province) its file's other counties belong to.
function resolve(g: Gazetteer, f: CountyFeature, fileCodes: string[]): string | null {
  const known = f.code ? g.get(f.code) : undefined;
  if (known?.level === 'district') return known.code;
  const prefixes = [...new Set([f.code, ...fileCodes].filter(Boolean).map((c) => c.slice(0, 4)))];
  for (const prefix of prefixes) {
    const within = g.get(prefix) ? prefix : prefix.slice(0, 2);
    const found = g.find('district', f.name, within);
    if (found.length === 1) return found[0].code;
  }
  const anywhere = g.find('district', f.name);
  return anywhere.length === 1 ? anywhere[0].code : null;
}

// The body standing for a county at each tier: itself; its city (a municipality for its districts);
// its province. Counties under a province directly (省直辖县) have no city.
function unitsOf(g: Gazetteer, code: string): Record<NeighbourTier, string | null> {
  const lineage = g.lineage(code);
  const province = lineage.find((p) => p.level === 'province') ?? null;
  const city = lineage.find((p) => p.level === 'city') ?? (province && isMunicipality(province) ? province : null);
  return { district: code, city: city?.code ?? null, province: province?.code ?? null };
}

export function computeNeighbours(g: Gazetteer, features: CountyFeature[], version: string, options: BorderOptions = BORDER_OPTIONS): NeighbourData {
  const byFile = new Map<string, string[]>();
  for (const f of features) if (f.code) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.code]);
  const unmatched: string[] = [];
  const areas: CountyFeature[] = [];
  for (const f of features) {
    const code = resolve(g, f, byFile.get(f.file) ?? []);
    if (code) areas.push({ ...f, code });
    else unmatched.push(`${f.file}:${f.name}`);
  }
  // A county the gazetteer no longer has (merged or renamed since the map was drawn) still counts
  // for its city and province: those of the other counties of its file.
  const fileUnits = new Map<string, Record<NeighbourTier, string | null>>();
  for (const a of areas) if (!fileUnits.has(a.file)) fileUnits.set(a.file, { ...unitsOf(g, a.code), district: null });
  for (const f of features) {
    const key = `${f.file}:${f.name}`;
    if (unmatched.includes(key) && fileUnits.has(f.file)) areas.push({ ...f, code: `~${key}` });
  }
  // A county drawn in two files (a boundary change between them) counts as one area.
  const merged = new Map<string, CountyFeature>();
  for (const a of areas) {
    const seen = merged.get(a.code);
    merged.set(a.code, seen ? { ...seen, rings: [...seen.rings, ...a.rings] } : a);
  }
  const borders = sharedBorders([...merged.values()], options);
  const tiers: Record<NeighbourTier, Map<string, number>> = { district: new Map(), city: new Map(), province: new Map() };
  const units = new Map<string, Record<NeighbourTier, string | null>>();
  const none = { district: null, city: null, province: null };
  const unitOf = (code: string) => (code.startsWith('~') ? (fileUnits.get(code.slice(1, code.lastIndexOf(':'))) ?? none) : unitsOf(g, code));
  const unit = (code: string) => {
    const known = units.get(code);
    if (known) return known;
    const found = unitOf(code);
    units.set(code, found);
    return found;
  };
  for (const b of borders) {
    const ua = unit(b.a);
    const ub = unit(b.b);
    for (const tier of ['district', 'city', 'province'] as const) {
      const x = ua[tier];
      const y = ub[tier];
      if (!x || !y || x === y) continue;
      const key = x < y ? `${x}|${y}` : `${y}|${x}`;
      tiers[tier].set(key, (tiers[tier].get(key) ?? 0) + b.cells);
    }
  }
  const pairs = (m: Map<string, number>): NeighbourPair[] =>
    [...m].map(([k, n]) => [...(k.split('|') as [string, string]), n] as NeighbourPair).sort((p, q) => (p[0] + p[1]).localeCompare(q[0] + q[1]));
  return {
    source: `npm ${BOUNDARY_PACKAGE}@${version} ${BOUNDARY_FOLDER} (MIT)`,
    method: `counties whose boundaries share at least ${options.minCells} cells of 1/${Math.round(1 / options.cell)} degree; cities and provinces border where their counties do`,
    tiers: { province: pairs(tiers.province), city: pairs(tiers.city), district: pairs(tiers.district) },
    unmatched: unmatched.sort(),
  };
}
