// A reproducible sample: the same seed draws the same items, so a mismatch can be looked at again.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items drawn without replacement (all of them when there are fewer), in the order drawn. */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const random = mulberry32(seed);
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < n && pool.length) drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return drawn;
}
