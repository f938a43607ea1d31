import type { Adopter } from '../api/operations';
import type { CoverageBody, MapLevel } from './diffusion-api';

/** What a boundary feature says of itself (scripts/web-boundaries.js). */
export interface RegionProps {
  code?: string;
  name?: string;
  city?: string;
  cityName?: string;
  province: string;
  provinceName: string;
}

export interface Region {
  key: string;
  name: string;
  firstYear: number | null;
  /** Years any body in it has a document. */
  covered: Set<number>;
  adopters: string[];
  adopterIds: string[];
}

export type RegionState = 'adopted' | 'not-adopted' | 'no-document';

const CODE_LENGTH: Record<MapLevel, number> = { province: 2, city: 4, district: 6 };
const UNDER: Record<MapLevel, string[]> = { province: ['province', 'city', 'district', 'street'], city: ['city', 'district', 'street'], district: ['district', 'street'] };

/** The feature property naming a region at the level (the map's nameProperty). */
export const KEY_PROPERTY: Record<MapLevel, keyof RegionProps> = { province: 'province', city: 'city', district: 'code' };

export function regionKey(level: MapLevel, p: RegionProps): string {
  return String(p[KEY_PROPERTY[level]] ?? '');
}

export function regionName(level: MapLevel, p: RegionProps): string {
  return (level === 'district' ? p.name : level === 'city' ? p.cityName : p.provinceName) ?? '';
}

// The region of an adopter: by the names it had when it adopted (a street moved to a new district
// since keeps the district of that year, which is the one the map draws), else by its code.
function adopterKey(level: MapLevel, a: Adopter, features: RegionProps[]): string {
  const found = features.find((p) =>
    level === 'district' ? p.name === a.district && (!a.city || p.cityName === a.city) : level === 'city' ? p.cityName === a.city : p.provinceName === a.province,
  );
  return found ? regionKey(level, found) : a.body.id.slice(0, CODE_LENGTH[level]);
}

/** Each region of the map with its first adoption (the earliest of the bodies in it) and the years it has documents. */
export function regionsOf(level: MapLevel, features: RegionProps[], adopters: Adopter[], coverage: CoverageBody[]): Map<string, Region> {
  const regions = new Map<string, Region>();
  for (const p of features) {
    const key = regionKey(level, p);
    if (!regions.has(key)) regions.set(key, { key, name: regionName(level, p), firstYear: null, covered: new Set(), adopters: [], adopterIds: [] });
  }
  const region = (key: string, name: string) => regions.get(key) ?? regions.set(key, { key, name, firstYear: null, covered: new Set(), adopters: [], adopterIds: [] }).get(key)!;
  const byBody = new Map<string, string>();
  for (const a of adopters) {
    if (!a.level || !UNDER[level].includes(a.level)) continue;
    const first = a.firstYear ?? (a.years.length ? Math.min(...a.years) : null);
    const key = adopterKey(level, a, features);
    byBody.set(a.body.id, key);
    const r = region(key, a.body.name);
    r.adopters.push(a.body.name);
    r.adopterIds.push(a.body.id);
    if (first !== null && (r.firstYear === null || first < r.firstYear)) r.firstYear = first;
    for (const y of [...a.years, ...(a.reportYears ?? [])]) r.covered.add(y);
  }
  for (const c of coverage) {
    if (!c.body.level || !UNDER[level].includes(c.body.level)) continue;
    const key = byBody.get(c.body.id) ?? c.body.id.slice(0, CODE_LENGTH[level]);
    const r = regions.get(key);
    if (r) for (const y of c.years) r.covered.add(y);
  }
  return regions;
}

/** Adopted by the end of the year; else whether a document of the year shows it did not. */
export function stateAt(r: Region, year: number): RegionState {
  if (r.firstYear !== null && r.firstYear <= year) return 'adopted';
  return r.covered.has(year) ? 'not-adopted' : 'no-document';
}

const EARLY = [179, 0, 0];
const LATE = [253, 212, 158];

/** Earlier adoption darker: a colour per first year between the earliest and the latest. */
export function yearColour(year: number, min: number, max: number): string {
  const f = max > min ? (year - min) / (max - min) : 0;
  const c = EARLY.map((e, i) => Math.round(e + (LATE[i] - e) * f));
  return `rgb(${c.join(',')})`;
}

export const NOT_ADOPTED = '#ffffff';
export const NO_DOCUMENT = '#ced4da';
