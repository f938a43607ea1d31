import type { AdminLevel } from './extraction.schema';
import data from './county-changes.json';

// The boundary changes since 2010 that the gazetteer (today's boundaries) cannot tell, read from the
// one data file county-changes.json (its source and notation are in it): places abolished since,
// and the streets of a district made from another, which belonged to that one before.

export interface CountyChange {
  year: number; // first year under the new division
  kind: 'created' | 'abolished' | 'transferred';
  code: string; // six digits, as the source writes it
  name: string;
  /** The places it came from (created) or went to (abolished, transferred), as the source names them. */
  related: string[];
}

export interface FormerPlace {
  code: string;
  name: string;
  level: AdminLevel;
  until: number; // last year it existed
}

export interface StreetMove {
  year: number; // first year under `to`
  from: string; // code of the parent until year - 1
  to: string; // code of the parent since year
  streets: string[];
}

const KIND = { '+': 'created', '-': 'abolished', '=': 'transferred' } as const;
const LINE = /^([+\-=])(\d{6}) ([^<>]+?)(?:[<>](.*))?$/;

function parseLine(year: number, line: string): CountyChange {
  const m = LINE.exec(line);
  if (!m) throw new Error(`county-changes.json, ${year}: not a change: ${line}`);
  const related = (m[4] ?? '').split(',').map((r) => r.replace(/[!?]+$/, '')).filter(Boolean);
  return { year, kind: KIND[m[1] as keyof typeof KIND], code: m[2], name: m[3], related };
}

export const COUNTY_CHANGES: readonly CountyChange[] = Object.entries(data.changes as Record<string, string[]>).flatMap(([year, lines]) =>
  lines.map((line) => parseLine(Number(year), line)),
);

/** A six-digit code as the gazetteer writes it: provinces two digits, cities four, districts six. */
export function gazetteerCode(code: string): { code: string; level: AdminLevel } {
  if (code.endsWith('0000')) return { code: code.slice(0, 2), level: 'province' };
  if (code.endsWith('00')) return { code: code.slice(0, 4), level: 'city' };
  return { code, level: 'district' };
}

/** Every place abolished since 2010, with the last year it existed. */
export const FORMER_PLACES: readonly FormerPlace[] = COUNTY_CHANGES.filter((c) => c.kind === 'abolished').map((c) => ({
  ...gazetteerCode(c.code),
  name: c.name,
  until: c.year - 1,
}));

// `_` and `#` name the place of the same name under another code; `.`, `..` and unknowns name no other place.
function sourceName(change: CountyChange): string | null {
  if (change.related.length !== 1) return null;
  const [from] = change.related;
  if (from === '_' || from === '#') return change.name;
  return /^[._]|^\?$/.test(from) ? null : from;
}

/**
 * Streets whose district was made from one other (临平区 from 余杭区, 沙县区 from 沙县): before the
 * change they belonged to that one. `districtCode(name, near, year)` finds its code: a district of
 * that name abolished that year, or one of today's, near the new district. Districts made from
 * several come from the data file's street list.
 */
export function streetMoves(
  streetsOf: (district: string) => string[],
  districtCode: (name: string, near: string, year: number) => string | null,
): StreetMove[] {
  const moves: StreetMove[] = data.streets.moves.map((m) => ({ ...m }));
  const listed = new Set(moves.flatMap((m) => m.streets));
  for (const c of COUNTY_CHANGES) {
    if (c.kind !== 'created' || gazetteerCode(c.code).level !== 'district') continue;
    const name = sourceName(c);
    const from = name ? districtCode(name, c.code, c.year) : null;
    const streets = streetsOf(c.code).filter((s) => !listed.has(s));
    if (from && from !== c.code && streets.length) moves.push({ year: c.year, from, to: c.code, streets });
  }
  return moves;
}
