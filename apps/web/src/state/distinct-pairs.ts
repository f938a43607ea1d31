// Pairs a reviewer said are not the same slogan. The API has no correction for that yet, so this
// browser remembers them (localStorage) and stops proposing them.
const KEY = 'policy-graph.distinct-slogans';

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('|');
}

export function distinctPairs(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function markDistinct(a: string, b: string): void {
  const all = distinctPairs();
  all.add(pairKey(a, b));
  try {
    localStorage.setItem(KEY, JSON.stringify([...all]));
  } catch {
    // storage refused: the pair is only left out until the page is reloaded
  }
}

/** Which way a merge goes by default: the slogan fewer documents use becomes an alias of the other (the shorter name on a tie). */
export function mergeDirection(c: { a: string; b: string; documentsA: number; documentsB: number }): { from: string; into: string } {
  const aInto = c.documentsA > c.documentsB || (c.documentsA === c.documentsB && c.a.length <= c.b.length);
  return aInto ? { from: c.b, into: c.a } : { from: c.a, into: c.b };
}
