// The type of each attribute in a file, so readers get numbers as numbers (years 2019, not "[2019]").
export type AttrType = 'boolean' | 'long' | 'double' | 'string' | 'list';

export interface ElementTypes {
  node: Record<string, AttrType>;
  edge: Record<string, AttrType>;
}

/** The type a plain value asks for; null for nothing to go by. */
export function valueAttrType(value: unknown): AttrType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (Array.isArray(value)) return 'list';
  return 'string';
}

/** Two sightings of one attribute: whole and fractional numbers make double; anything else mixed, string. */
export function mergeAttrType(a: AttrType | null | undefined, b: AttrType | null): AttrType | null {
  if (!a) return b;
  if (!b || a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** Cypher's valueType() names (INTEGER NOT NULL, LIST<INTEGER NOT NULL> NOT NULL…) as attribute types. */
export function cypherAttrType(valueTypes: string[]): AttrType | null {
  const one = (t: string): AttrType | null =>
    t.startsWith('LIST') ? 'list' : t.startsWith('INTEGER') ? 'long' : t.startsWith('FLOAT') ? 'double' : t.startsWith('BOOLEAN') ? 'boolean' : t.startsWith('NULL') ? null : 'string';
  return valueTypes.map(one).reduce<AttrType | null>((acc, t) => mergeAttrType(acc, t), null);
}

/** Types of every attribute seen on these properties. */
export function typesOf(props: Iterable<Record<string, unknown>>, into: Record<string, AttrType> = {}): Record<string, AttrType> {
  for (const p of props) for (const [k, v] of Object.entries(p)) {
    const t = mergeAttrType(into[k], valueAttrType(v));
    if (t) into[k] = t;
  }
  return into;
}

/** A value as the text of its typed attribute: a list as its items joined by commas (2019,2020). */
export function typedText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(',');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Years an element speaks of, for a dynamic graph: firstYear, years[], year, since (earliest first). */
export function startYear(props: Record<string, unknown>): number | null {
  const candidates = [props.firstYear, ...(Array.isArray(props.years) ? props.years : []), props.year, props.since].filter((v): v is number => typeof v === 'number' && Number.isInteger(v));
  return candidates.length ? Math.min(...candidates) : null;
}
