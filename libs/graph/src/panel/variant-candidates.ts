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

const SLOGANS = `
MATCH (s:Slogan)
RETURN s.id AS id, s.name AS name, COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents,
       COLLECT { MATCH (s)-[:HAS_PART]->(p:Slogan) RETURN p.id } AS parts`;

// Two programmes with at least two parts in common, half the parts of each or more.
function sharesParts(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const shared = b.filter((p) => a.includes(p)).length;
  return shared >= 2 && shared >= a.length / 2 && shared >= b.length / 2;
}

interface SloganRow {
  id: string;
  name: string;
  documents: number;
  parts: string[];
}

export async function variantCandidates(db: CypherReader, minAdopters = 3): Promise<VariantCandidateRow[]> {
  const [campaigns, slogans, decisions] = await Promise.all([
    db.read(CAMPAIGNS, { minAdopters }).then((rows) => rows.map((r) => toPlain(r) as SloganRow & { adopters: number })),
    db.read(SLOGANS).then((rows) => rows.map((r) => toPlain(r) as SloganRow)),
    variantDecisions(db),
  ]);
  const decided = new Set(decisions.map((c) => `${canonicalName(c.variant)}→${canonicalName(c.of)}`));
  // only slogans sharing a character with the campaign are compared
  const byChar = new Map<string, SloganRow[]>();
  const byPart = new Map<string, SloganRow[]>();
  for (const s of slogans) {
    for (const part of s.parts) {
      const list = byPart.get(part);
      if (list) list.push(s);
      else byPart.set(part, [s]);
    }
  }
  const lengths = new Map(slogans.map((s) => [s.id, [...s.name].length]));
  for (const s of slogans) {
    for (const ch of new Set(s.name)) {
      const list = byChar.get(ch);
      if (list) list.push(s);
      else byChar.set(ch, [s]);
    }
  }
  const out = new Map<string, VariantCandidateRow>();
  for (const c of campaigns) {
    const length = [...c.name].length;
    // every name pattern needs two distinct characters in common: counted through the index first
    const common = new Map<SloganRow, number>();
    for (const ch of new Set(c.name)) for (const s of byChar.get(ch) ?? []) common.set(s, (common.get(s) ?? 0) + 1);
    const pool = new Set<SloganRow>();
    for (const [s, n] of common) if (n >= 2 && !lengthsFar(length, lengths.get(s.id) ?? 0)) pool.add(s);
    const byParts = new Map<SloganRow, number>();
    for (const part of c.parts) for (const s of byPart.get(part) ?? []) byParts.set(s, (byParts.get(s) ?? 0) + 1);
    for (const [s, n] of byParts) if (n >= 2 && sharesParts(c.parts, s.parts)) pool.add(s);
    for (const s of pool) {
      if (s.id === c.id || decided.has(`${s.id}→${c.id}`) || decided.has(`${c.id}→${s.id}`)) continue;
      const match = variantMatch(c.name, s.name) ?? { reasons: [], confidence: 0 };
      if (sharesParts(c.parts, s.parts)) {
        match.reasons.push(`${s.parts.filter((p) => c.parts.includes(p)).length} parts in common`);
        match.confidence = Math.max(match.confidence, 0.6);
      }
      if (!match.reasons.length) continue;
      const key = `${s.id}→${c.id}`;
      if (out.has(key) || out.has(`${c.id}→${s.id}`)) continue;
      out.set(key, {
        variant: s.name, of: c.name, variantId: s.id, ofId: c.id, reasons: match.reasons, confidence: match.confidence, documents: s.documents,
        priority: match.confidence * s.documents, target: `VARIANT_OF:${key}`,
      });
    }
  }
  return [...out.values()].sort((x, y) => y.priority - x.priority || x.target.localeCompare(y.target));
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
