// Pairs a reviewer said are not the same slogan or project (by id). The API has no correction for that yet, so this
// browser remembers them (localStorage) and stops proposing them.
const KEY = 'policy-graph.distinct-pairs';

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

/** Which of the two a merge keeps by default: the one more documents use (the shorter name on a tie); the other becomes its alias. */
export function mergeKeeps(c: { a: string; b: string; documentsA: number; documentsB: number }): 'a' | 'b' {
  return c.documentsA > c.documentsB || (c.documentsA === c.documentsB && c.a.length <= c.b.length) ? 'a' : 'b';
}
