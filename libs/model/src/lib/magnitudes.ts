// The magnitude words written before a unit (36万元, 4521.3亿元, 1.2千亿元), longest first so that a
// prefix match takes 千亿 before 千 and 万亿 before 万: one table for every reader of written figures.
export const MAGNITUDES: readonly (readonly [word: string, factor: number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
];
