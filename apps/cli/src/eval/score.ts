import type { Extraction } from '@policy-graph/model';
import type { Gold, GoldNamed } from './gold';

// Scores one extraction against its gold with the matching rules of the reference scorer
// (shared/tools/score-extraction.mjs): names compared after NFKC and without punctuation, a
// prediction matches a required item through any of its names, outcomes match on value and
// unit, parts and FULFILS as pairs. Each predicted fact also gets a verdict, so precision can
// be told per rule and confidence checked against correctness.

export const CATEGORIES = ['slogans', 'projects', 'outcomes', 'parts', 'fulfils'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Verdict = 'hit' | 'repeat' | 'acceptable' | 'false';

export interface FactVerdict {
  category: Category;
  label: string;
  rule: string | null;
  confidence: number | null;
  verdict: Verdict;
  /** outcomes only: whether the status agrees with the matched required outcome */
  statusOk?: boolean;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falses: string[];
}

export interface Tally {
  ok: number;
  of: number;
  wrong: string[];
}

export interface DocumentScore {
  categories: Record<Category, CategoryScore>;
  status: Tally;
  subject: Tally;
  facts: FactVerdict[];
}

export const normName = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』《》〈〉()（）【】[\]<>·•、,，。.;；:：!！?？]/g, '')
    .trim();

const namesOf = (item: GoldNamed | { name: string; aliases?: string[] }): string[] =>
  (typeof item === 'string' ? [item] : [item.name, ...(item.aliases ?? [])]).map(normName).filter(Boolean);

interface Predicted {
  names: string[];
  label: string;
  rule: string | null;
  confidence: number | null;
}

function matchNamed(predicted: Predicted[], required: GoldNamed[], acceptable: GoldNamed[], category: Category, facts: FactVerdict[]): CategoryScore {
  const requiredNames = required.map(namesOf);
  const acceptableNames = new Set(acceptable.flatMap(namesOf));
  const hit = new Array<boolean>(required.length).fill(false);
  const score: CategoryScore = { tp: 0, fp: 0, fn: 0, misses: [], falses: [] };
  for (const p of predicted) {
    const i = requiredNames.findIndex((r) => p.names.some((n) => r.includes(n)));
    let verdict: Verdict;
    if (i >= 0) {
      verdict = hit[i] ? 'repeat' : 'hit';
      if (!hit[i]) score.tp++;
      hit[i] = true;
    } else if (p.names.some((n) => acceptableNames.has(n))) verdict = 'acceptable';
    else {
      verdict = 'false';
      score.fp++;
      score.falses.push(p.label);
    }
    facts.push({ category, label: p.label, rule: p.rule, confidence: p.confidence, verdict });
  }
  score.misses = required.filter((_, i) => !hit[i]).map((r) => namesOf(r)[0]);
  score.fn = score.misses.length;
  return score;
}

type Pair = [string[], string[]];

function matchPairs(predicted: Predicted[], required: Pair[], acceptable: Pair[], category: Category, facts: FactVerdict[]): CategoryScore {
  // a predicted pair is names [from, to]: matched by its own names only, as the reference does
  const matches = (g: Pair, p: Predicted) => g[0].includes(p.names[0]) && g[1].includes(p.names[1]);
  const hit = new Set<number>();
  const score: CategoryScore = { tp: 0, fp: 0, fn: 0, misses: [], falses: [] };
  for (const p of predicted) {
    const i = required.findIndex((g) => matches(g, p));
    let verdict: Verdict;
    if (i >= 0) {
      verdict = hit.has(i) ? 'repeat' : 'hit';
      if (!hit.has(i)) score.tp++;
      hit.add(i);
    } else if (acceptable.some((g) => matches(g, p))) verdict = 'acceptable';
    else {
      verdict = 'false';
      score.fp++;
      score.falses.push(p.label);
    }
    facts.push({ category, label: p.label, rule: p.rule, confidence: p.confidence, verdict });
  }
  score.misses = required.filter((_, i) => !hit.has(i)).map((g) => `${g[0][0]}→${g[1][0]}`);
  score.fn = score.misses.length;
  return score;
}

const unitNorm = (u: string) => normName(u).replace(/^％$/, '%');
const outcomeKey = (o: { value: number; unit: string }) => `${Number(o.value)}|${unitNorm(o.unit)}`;

function matchOutcomes(pred: Extraction['outcomes'], gold: Gold['outcomes'], facts: FactVerdict[]): { score: CategoryScore; status: Tally } {
  const requiredKeys = gold.required.map(outcomeKey);
  const acceptableKeys = new Set(gold.acceptable.map(outcomeKey));
  const hit = new Set<number>();
  const score: CategoryScore = { tp: 0, fp: 0, fn: 0, misses: [], falses: [] };
  const status: Tally = { ok: 0, of: 0, wrong: [] };
  for (const o of pred) {
    const key = outcomeKey(o);
    const i = requiredKeys.findIndex((k, j) => k === key && !hit.has(j));
    const fact: FactVerdict = { category: 'outcomes', label: `${key} ${o.status}`, rule: o.rule ?? null, confidence: o.confidence ?? null, verdict: 'false' };
    if (i >= 0) {
      hit.add(i);
      score.tp++;
      status.of++;
      fact.verdict = 'hit';
      fact.statusOk = o.status === gold.required[i].status;
      if (fact.statusOk) status.ok++;
      else status.wrong.push(`${key}: ${o.status} != ${gold.required[i].status} (${o.rule ?? 'no rule'})`);
    } else if (requiredKeys.includes(key)) fact.verdict = 'repeat';
    else if (acceptableKeys.has(key)) fact.verdict = 'acceptable';
    else {
      score.fp++;
      score.falses.push(key);
    }
    facts.push(fact);
  }
  score.misses = requiredKeys.filter((_, i) => !hit.has(i));
  score.fn = score.misses.length;
  return { score, status };
}

function aliasMap(items: GoldNamed[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const it of items) for (const n of namesOf(it)) m.set(n, namesOf(it));
  return m;
}

function subjectAndTime(gold: Gold, pred: Extraction): Tally {
  const tally: Tally = { ok: 0, of: 0, wrong: [] };
  const subject = pred.subject ?? {};
  for (const k of ['street', 'district', 'city', 'province'] as const) {
    const want = gold.subject[k];
    if (want == null) continue;
    tally.of++;
    if (normName(subject[k]) === normName(want)) tally.ok++;
    else tally.wrong.push(`${k}: ${subject[k] ?? null} != ${want}`);
  }
  for (const k of ['year', 'date'] as const) {
    const want = gold[k];
    if (want == null) continue;
    tally.of++;
    const got = pred.document?.[k] ?? null;
    if (String(got) === String(want)) tally.ok++;
    else tally.wrong.push(`${k}: ${got} != ${want}`);
  }
  return tally;
}

export function scoreDocument(gold: Gold, pred: Extraction): DocumentScore {
  const facts: FactVerdict[] = [];
  const named = (items: { name: string; aliases: string[]; rule?: string; confidence?: number }[]): Predicted[] =>
    items.map((it) => ({ names: namesOf(it), label: it.name, rule: it.rule ?? null, confidence: it.confidence ?? null }));
  const slogans = matchNamed(named(pred.slogans), gold.slogans.required, gold.slogans.acceptable, 'slogans', facts);
  const projects = matchNamed(named(pred.projects), gold.projects.required, gold.projects.acceptable, 'projects', facts);
  const { score: outcomes, status } = matchOutcomes(pred.outcomes, gold.outcomes, facts);

  const hasPart = new Map(pred.relations.filter((r) => r.type === 'HAS_PART').map((r) => [`${r.from}\u0000${r.to}`, r]));
  const predParts: Predicted[] = pred.slogans.flatMap((s) =>
    s.parts.map((p) => {
      const r = hasPart.get(`${s.name}\u0000${p}`);
      return { names: [normName(s.name), normName(p)], label: `${s.name}→${p}`, rule: r?.rule ?? null, confidence: r?.confidence ?? null };
    }),
  );
  const goldParts: Pair[] = gold.slogans.required.flatMap((s) => s.parts.map((p): Pair => [namesOf(s), namesOf(p)]));
  const parts = matchPairs(predParts, goldParts, [], 'parts', facts);

  const projectAliases = aliasMap(gold.projects.required);
  const sloganAliases = aliasMap(gold.slogans.required);
  const expand = ([p, s]: [string, string]): Pair => [projectAliases.get(normName(p)) ?? namesOf(p), sloganAliases.get(normName(s)) ?? namesOf(s)];
  const predFulfils: Predicted[] = pred.relations
    .filter((r) => r.type === 'FULFILS')
    .map((r) => ({ names: [normName(r.from), normName(r.to)], label: `${r.from}→${r.to}`, rule: r.rule ?? null, confidence: r.confidence }));
  const fulfils = matchPairs(predFulfils, gold.fulfils.required.map(expand), gold.fulfils.acceptable.map(expand), 'fulfils', facts);

  return { categories: { slogans, projects, outcomes, parts, fulfils }, status, subject: subjectAndTime(gold, pred), facts };
}
