import neo4j from 'neo4j-driver';

// JavaScript numbers travel as floats; whole numbers (years, offsets, counts) go as integers.
export function toCypherValues(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValues);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toCypherValues(v);
    return out;
  }
  return value;
}
