// Ancestors of a body, as returned by the read queries, and the pick of one level at a year.
export interface Ancestor {
  id: string;
  name: string;
  code: string | null;
  level: string | null;
  depth: number;
  since: number | null;
  until: number | null;
}

// Cypher fragment: ancestors of `b` up to a province, with the PART_OF years of the first hop.
export const ANCESTORS = `
  [(b)-[links:PART_OF*1..3]->(anc:Place) |
    { id: anc.id, name: anc.name, code: anc.code, level: anc.level, depth: size(links),
      since: links[0].since, until: links[0].until }]`;

const heldIn = (a: Ancestor, year: number | null) =>
  year === null || ((a.since === null || a.since <= year) && (a.until === null || a.until >= year));

// The ancestor at a level valid in a year; the current one when no year is given.
export function ancestorAt(ancestors: Ancestor[], level: string, year: number | null): Ancestor | null {
  const candidates = ancestors.filter((a) => a.level === level);
  return (
    candidates.find((a) => heldIn(a, year)) ??
    candidates.find((a) => a.until === null) ??
    candidates[0] ??
    null
  );
}

export interface Enclosing {
  district: string | null;
  city: string | null;
  province: string | null;
}

// Names of the district, city and province a body lay in during a year (itself at its own level).
export function enclosingAt(body: { name: string; level: string | null }, ancestors: Ancestor[], year: number | null): Enclosing {
  const at = (level: string) => (body.level === level ? body.name : ancestorAt(ancestors, level, year)?.name ?? null);
  return { district: at('district'), city: at('city'), province: at('province') };
}
