import { canonicalName } from '../ingest/canonical-name';
import { sentenceAround } from '../read/sentence-around';
import { toPlain, type CypherReader } from '../read/reader';
import { lengthsFar, variantMatch } from './variant-patterns';
import { variantDecisions } from './variants';

// VARIANT_OF candidates for the review queue: slogans whose names share a pattern with a campaign
// (a slogan at least `minAdopters` bodies adopted), or that share two or more parts with it.
// Pairs a reviewer decided (accept-variant, reject-variant in force) are not proposed again. The
// queue's order: priority = confidence × documents that mention the variant (well-attested first).

export interface VariantCandidateRow {
  variant: string;
  of: string;
  variantId: string;
  ofId: string;
  reasons: string[];
  confidence: number;
  /** documents that mention the variant */
  documents: number;
  priority: number;
  target: string;
}

const CAMPAIGNS = `
MATCH (s:Slogan)
WITH s, COUNT { (s)<-[:ADOPTS]-(:Place) } AS adopters WHERE adopters >= $minAdopters
RETURN s.id AS id, s.name AS name, adopters,
       COLLECT { MATCH (s)-[:HAS_PART]->(p:Slogan) RETURN p.id } AS parts
ORDER BY adopters DESC, id LIMIT 200`;

// Names short enough for a pattern to join them to a campaign; documents are counted later, for the
// pairs found only.
const SLOGANS = `
MATCH (s:Slogan) WHERE size(s.name) <= $longest
RETURN s.id AS id, s.name AS name, [(s)-[:HAS_PART]->(p:Slogan) | p.id] AS parts`;

const DOCUMENTS = `
UNWIND $ids AS id
MATCH (s:Slogan {id: id})
RETURN id, COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents`;

// Two programmes with at least two parts in common, half the parts of each or more.
function sharesParts(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const shared = b.filter((p) => a.includes(p)).length;
  return shared >= 2 && shared >= a.length / 2 && shared >= b.length / 2;
}

interface SloganRow {
  id: string;
  name: string;
  parts: string[];
  length: number;
}

const bigrams = (name: string) => {
  const chars = [...name];
  return new Set(chars.slice(1).map((ch, i) => chars[i] + ch));
};

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

// A bigram shared by more slogans than this (建设, 发展) says little: the campaign's rarer ones find its variants.
const COMMON_BIGRAM = 1000;

// The pairs cost seconds on a whole corpus and change only with ingestion: a queue's pages within
// five minutes share one computation; the reviewers' decisions are applied on every call.
const CACHE_MS = 5 * 60_000;
let cached: { at: number; minAdopters: number; rows: Promise<VariantCandidateRow[]> } | null = null;

export async function variantCandidates(db: CypherReader, minAdopters = 3): Promise<VariantCandidateRow[]> {
  if (!cached || cached.minAdopters !== minAdopters || Date.now() - cached.at > CACHE_MS) {
    const rows = patternPairs(db, minAdopters);
    cached = { at: Date.now(), minAdopters, rows };
    rows.catch(() => (cached = null));
  }
  const [rows, decisions] = await Promise.all([cached.rows, variantDecisions(db)]);
  const decided = new Set(decisions.map((c) => `${canonicalName(c.variant)}→${canonicalName(c.of)}`));
  return rows.filter((r) => !decided.has(`${r.variantId}→${r.ofId}`) && !decided.has(`${r.ofId}→${r.variantId}`));
}

/** Forget the pairs computed last (after an ingestion, in tests). */
export function forgetVariantCandidates(): void {
  cached = null;
}

async function patternPairs(db: CypherReader, minAdopters: number): Promise<VariantCandidateRow[]> {
  const campaigns = (await db.read(CAMPAIGNS, { minAdopters })).map((r) => toPlain(r) as Omit<SloganRow, 'length'> & { adopters: number });
  const longest = Math.max(0, ...campaigns.map((c) => Math.ceil([...c.name].length * 1.6)));
  const slogans = (await db.read(SLOGANS, { longest })).map((r) => {
    const row = toPlain(r) as Omit<SloganRow, 'length'>;
    return { ...row, length: [...row.name].length };
  });
  // only slogans sharing two adjacent characters, or two parts, with the campaign are compared
  const byBigram = new Map<string, SloganRow[]>();
  const byPart = new Map<string, SloganRow[]>();
  for (const s of slogans) {
    for (const b of bigrams(s.name)) addTo(byBigram, b, s);
    for (const part of s.parts) addTo(byPart, part, s);
  }
  const found = new Map<string, Omit<VariantCandidateRow, 'documents' | 'priority'>>();
  for (const c of campaigns) {
    const length = [...c.name].length;
    const own = [...bigrams(c.name)].map((b) => byBigram.get(b) ?? []);
    const rare = own.filter((list) => list.length <= COMMON_BIGRAM);
    const pool = new Set<SloganRow>();
    for (const list of rare.length ? rare : own) for (const s of list) if (!lengthsFar(length, s.length)) pool.add(s);
    const byParts = new Map<SloganRow, number>();
    for (const part of c.parts) for (const s of byPart.get(part) ?? []) byParts.set(s, (byParts.get(s) ?? 0) + 1);
    for (const [s, n] of byParts) if (n >= 2 && sharesParts(c.parts, s.parts)) pool.add(s);
    for (const s of pool) {
      if (s.id === c.id) continue;
      const match = variantMatch(c.name, s.name) ?? { reasons: [], confidence: 0 };
      if (sharesParts(c.parts, s.parts)) {
        match.reasons.push(`${s.parts.filter((p) => c.parts.includes(p)).length} parts in common`);
        match.confidence = Math.max(match.confidence, 0.6);
      }
      if (!match.reasons.length) continue;
      const key = `${s.id}→${c.id}`;
      if (found.has(key) || found.has(`${c.id}→${s.id}`)) continue;
      found.set(key, { variant: s.name, of: c.name, variantId: s.id, ofId: c.id, reasons: match.reasons, confidence: match.confidence, target: `VARIANT_OF:${key}` });
    }
  }
  const ids = [...new Set([...found.values()].map((f) => f.variantId))];
  const documents = new Map((await db.read(DOCUMENTS, { ids })).map((r) => [r.id as string, Number(toPlain(r.documents))]));
  return [...found.values()]
    .map((f) => {
      const n = documents.get(f.variantId) ?? 0;
      return { ...f, documents: n, priority: f.confidence * n };
    })
    .sort((x, y) => y.priority - x.priority || x.target.localeCompare(y.target));
}

const EVIDENCE = `
UNWIND $ids AS id
CALL (id) {
  MATCH (d:Document)-[m:MENTIONS]->(:Slogan {id: id})
  RETURN d, m ORDER BY size(m.starts) > 0 DESC, d.id LIMIT 1
}
WITH id, d, CASE WHEN size(m.starts) > 0 THEN m.starts[0] ELSE 0 END AS spanStart,
     CASE WHEN size(m.starts) > 0 THEN m.ends[0] ELSE 0 END AS spanEnd
WITH id, d, spanStart, spanEnd, CASE WHEN spanStart > 200 THEN spanStart - 200 ELSE 0 END AS windowStart
RETURN id, d.id AS documentId, spanStart, spanEnd, windowStart, substring(d.text, windowStart, 400 + spanEnd - spanStart) AS window`;

/** A page of the VARIANT review queue, each with the sentence of the variant's first mention. */
export async function variantQueue(db: CypherReader, slice: { skip: number; limit: number }) {
  const page = (await variantCandidates(db)).slice(slice.skip, slice.skip + slice.limit);
  const ids = page.map((p) => p.variantId);
  const rows = await db.read(EVIDENCE, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toPlain(r) as { documentId: string; spanStart: number; spanEnd: number; windowStart: number; window: string }]));
  return page.map((p) => {
    const e = byId.get(p.variantId);
    const sentence = e ? sentenceAround(e.window, e.windowStart, e.spanStart, e.spanEnd) : { evidence: '', start: 0, end: 0 };
    return { ...p, documentId: e?.documentId ?? '', ...sentence };
  });
}
