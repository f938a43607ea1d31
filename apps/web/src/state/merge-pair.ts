// A merge candidate's pair: one key for it whichever way round it comes, and which of the two a merge keeps.

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('|');
}

/** Which of the two a merge keeps by default: the one more documents use (the shorter name on a tie); the other becomes its alias. */
export function mergeKeeps(c: { a: string; b: string; documentsA: number; documentsB: number }): 'a' | 'b' {
  return c.documentsA > c.documentsB || (c.documentsA === c.documentsB && c.a.length <= c.b.length) ? 'a' : 'b';
}
