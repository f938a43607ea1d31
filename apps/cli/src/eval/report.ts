import { CATEGORIES, type Category, type CategoryScore, type DocumentScore, type FactVerdict, type Tally } from './score';

// Sums document scores and prints the tables of `kg eval`: per document, per category, per
// rule and the calibration of confidence against correctness.

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface Totals {
  categories: Record<Category, { tp: number; fp: number; fn: number }>;
  status: { ok: number; of: number };
  subject: { ok: number; of: number };
}

export function sumScores(scores: DocumentScore[]): Totals {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Totals['categories'];
  const status = { ok: 0, of: 0 };
  const subject = { ok: 0, of: 0 };
  for (const s of scores) {
    for (const c of CATEGORIES) for (const k of ['tp', 'fp', 'fn'] as const) categories[c][k] += s.categories[c][k];
    status.ok += s.status.ok;
    status.of += s.status.of;
    subject.ok += s.subject.ok;
    subject.of += s.subject.of;
  }
  return { categories, status, subject };
}

/** A fact is right when it matches a required or acceptable item (an outcome also needs its status). */
export const isRight = (f: FactVerdict): boolean => f.verdict !== 'false' && f.statusOk !== false;

const share = (a: number, b: number) => (b ? a / b : 0);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
}

export function documentTable(scores: { stem: string; score: DocumentScore }[]): string[] {
  return table(
    ['document', ...CATEGORIES, 'status', 'subject+time'],
    // a category with nothing in the gold and nothing extracted has no F1: shown as -
    scores.map(({ stem, score }) => [
      stem,
      ...CATEGORIES.map((c) => (score.categories[c].tp + score.categories[c].fp + score.categories[c].fn ? f2(prf(score.categories[c]).f1) : '-')),
      `${score.status.ok}/${score.status.of}`,
      `${score.subject.ok}/${score.subject.of}`,
    ]),
  );
}

export function errorLines(stem: string, score: DocumentScore): string[] {
  const out: string[] = [];
  const list = (label: string, items: string[]) => items.length && out.push(`  ${label}: ${items.join(' | ')}`);
  for (const c of CATEGORIES) {
    const s: CategoryScore = score.categories[c];
    list(`${c} missed`, s.misses);
    list(`${c} false`, s.falses);
  }
  list('status wrong', score.status.wrong);
  list('subject/time wrong', score.subject.wrong);
  return out.length ? [`${stem}:`, ...out] : [];
}

export function categoryTable(t: Totals): string[] {
  const rows = CATEGORIES.map((c) => {
    const x = prf(t.categories[c]);
    const n = t.categories[c];
    return [c, f3(x.p), f3(x.r), f3(x.f1), n.tp, n.fp, n.fn];
  });
  return [
    ...table(['category', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows),
    `status accuracy ${f3(share(t.status.ok, t.status.of))} (${t.status.ok}/${t.status.of}); subject+time accuracy ${f3(share(t.subject.ok, t.subject.of))} (${t.subject.ok}/${t.subject.of})`,
  ];
}

export function ruleTable(facts: FactVerdict[]): string[] {
  const byRule = new Map<string, FactVerdict[]>();
  for (const f of facts) {
    const key = `${f.category}\u0000${f.rule ?? '(no rule)'}`;
    byRule.set(key, [...(byRule.get(key) ?? []), f]);
  }
  const rows = [...byRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, fs]) => {
      const [category, rule] = key.split('\u0000');
      const right = fs.filter(isRight).length;
      const hits = fs.filter((f) => f.verdict === 'hit').length;
      const confidence = fs.find((f) => f.confidence !== null)?.confidence;
      return [rule, category, fs.length, right, fs.length - right, hits, f2(share(right, fs.length)), confidence === undefined || confidence === null ? '-' : f2(confidence)];
    });
  return table(['rule', 'category', 'facts', 'right', 'wrong', 'required hits', 'precision', 'confidence'], rows);
}

const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export interface Calibration {
  high: { right: number; of: number };
}

export function calibrationTable(facts: FactVerdict[]): { lines: string[]; calibration: Calibration } {
  const scored = facts.filter((f) => f.confidence !== null);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < BUCKETS.length - 1; i++) {
    const inBucket = scored.filter((f) => (f.confidence as number) >= BUCKETS[i] && (f.confidence as number) < BUCKETS[i + 1]);
    if (!inBucket.length) continue;
    const right = inBucket.filter(isRight).length;
    rows.push([`[${f2(BUCKETS[i])}, ${i === BUCKETS.length - 2 ? '1.00]' : f2(BUCKETS[i + 1]) + ')'}`, inBucket.length, right, f3(share(right, inBucket.length))]);
  }
  const high = scored.filter((f) => (f.confidence as number) >= 0.8);
  const highRight = high.filter(isRight).length;
  rows.push(['≥ 0.80', high.length, highRight, f3(share(highRight, high.length))]);
  return { lines: table(['confidence', 'facts', 'right', 'share right'], rows), calibration: { high: { right: highRight, of: high.length } } };
}

export type Floors = Partial<Record<Category | 'status' | 'subject' | 'calibration', number>>;

/** Floors not met, as `projects 0.71<0.80`; categories by F1, status and subject by accuracy, calibration by the share right at ≥ 0.8. */
export function shortfalls(t: Totals, calibration: Calibration, floors: Floors): string[] {
  const out: string[] = [];
  for (const c of CATEGORIES) {
    const f1 = prf(t.categories[c]).f1;
    if (floors[c] !== undefined && f1 < floors[c]) out.push(`${c} ${f3(f1)}<${floors[c]}`);
  }
  const checks: [keyof Floors, number][] = [
    ['status', share(t.status.ok, t.status.of)],
    ['subject', share(t.subject.ok, t.subject.of)],
    ['calibration', share(calibration.high.right, calibration.high.of)],
  ];
  for (const [k, v] of checks) if (floors[k] !== undefined && v < (floors[k] as number)) out.push(`${k} ${f3(v)}<${floors[k]}`);
  return out;
}

export function summaryLine(t: Totals): string {
  return `F1 ${CATEGORIES.map((c) => `${c}=${f2(prf(t.categories[c]).f1)}`).join(' ')} subject=${f2(share(t.subject.ok, t.subject.of))} status=${f2(share(t.status.ok, t.status.of))}`;
}

export type { Tally };
