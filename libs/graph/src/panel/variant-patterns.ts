// Whether a slogan's name shares a pattern with a campaign's: a variant says the same thing another
// way (最多跑一次 → 最多跑一趟, 只跑一次, 一次不跑), so it is proposed for review, never merged.

export interface VariantMatch {
  reasons: string[];
  /** How likely the pair is a variant, from the strongest reason (for the queue's order). */
  confidence: number;
}

function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * - one character apart: same length (three or more), one character differs (最多跑一次, 最多跑一趟);
 * - edit distance 2: at most two edits, both names four characters or more, the edits at most 40% of
 *   the longer name (只跑一次);
 * - same frame: same first and last character, same length, at least four characters (最多跑一次, 最少跑一次);
 * - same characters: at least three distinct characters in common, 60% of the shorter name's, the longer
 *   name at most 1.6 times as long (一次不跑, 一次都不用跑).
 * Names that differ only in their counts (十二五, 十三五) are numbered programmes, not variants.
 * A name inside the other is left to the merge candidates (`mergeCandidates`): it is usually the same slogan.
 */
const NUMERAL = /[一二三四五六七八九十百千两零0-9]/;

// 十二五 and 十三五, 四个意识 and 五个意识: counted programmes, not ways of saying one thing.
function onlyCountsDiffer(a: string[], b: string[]): boolean {
  if (a.length !== b.length || !NUMERAL.test(a[0]) || !NUMERAL.test(b[0])) return false;
  return a.every((ch, i) => ch === b[i] || (NUMERAL.test(ch) && NUMERAL.test(b[i])));
}

/** Lengths that no pattern can join: checked before the rest, since most pairs fail it. */
export const lengthsFar = (a: number, b: number) => Math.abs(a - b) > 2 && Math.max(a, b) > 1.6 * Math.min(a, b);

export function variantMatch(campaign: string, name: string): VariantMatch | null {
  if (campaign === name || campaign.includes(name) || name.includes(campaign)) return null;
  const a = [...campaign];
  const b = [...name];
  if (onlyCountsDiffer(a, b)) return null;
  const reasons: string[] = [];
  let confidence = 0;
  const found = (reason: string, c: number) => {
    reasons.push(reason);
    confidence = Math.max(confidence, c);
  };
  if (Math.abs(a.length - b.length) <= 2) {
    const d = editDistance(a, b);
    if (d === 1 && a.length === b.length && a.length >= 3) found('one character apart', 0.8);
    else if (d <= 2 && Math.min(a.length, b.length) >= 4 && d <= 0.4 * Math.max(a.length, b.length)) found('edit distance 2', 0.6);
  }
  if (a.length === b.length && a.length >= 4 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]) found('same frame', 0.6);
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((c) => sb.has(c)).length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (shared >= 3 && shared >= 0.6 * Math.min(sa.size, sb.size) && long.length <= 1.6 * short.length) found('same characters', 0.5);
  return reasons.length ? { reasons, confidence } : null;
}
