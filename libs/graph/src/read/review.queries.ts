import { CypherReader, int } from './reader';
import { sentenceAround } from './sentence-around';
import { variantQueue } from '../panel/variant-candidates';

// What a reviewer should look at next, per kind of fact: FULFILS ties, HAS_PART parts, slogans and
// projects nobody has decided on (no correction in force targets them), the least certain and the
// most connected first: priority = (1 − confidence) × documents that mention the fact's entities.

export type ReviewKind = 'FULFILS' | 'PART' | 'SLOGAN' | 'PROJECT' | 'VARIANT';

export interface ReviewItemRow {
  kind: ReviewKind;
  /** what a correction of this item targets: FULFILS:<project>→<slogan>, HAS_PART:<programme>→<part>, Slogan:<name>, Project:<name> */
  target: string;
  project: string | null;
  slogan: string | null;
  programme: string | null;
  part: string | null;
  /** a slogan's or a project's name (SLOGAN, PROJECT) */
  name: string | null;
  /** a project's id (FULFILS, PROJECT): names are unique only within one body */
  projectId: string | null;
  /** VARIANT: the slogan proposed as a variant, the campaign it may vary, and why */
  variant?: string | null;
  of?: string | null;
  reasons?: string[] | null;
  confidence: number;
  rule: string | null;
  documents: number;
  priority: number;
  evidence: string;
  documentId: string;
  start: number;
  end: number;
}

const UNDECIDED = `NOT EXISTS { MATCH (c:Correction {target: target}) WHERE c.status = 'active' }`;

const FULFILS_QUEUE = `
MATCH (p:Project)-[f:FULFILS]->(s:Slogan)
WITH p, s, f ORDER BY f.confidence DESC, f.document
WITH p, s, collect(f)[0] AS f, count(f) AS ties
WITH p, s, f, 'FULFILS:' + p.name + '→' + s.id AS target,
     COUNT { (p)<-[:MENTIONS]-(:Document) } + COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents
WHERE ${UNDECIDED}
RETURN 'FULFILS' AS kind, target, p.name AS project, p.id AS projectId, s.name AS slogan, f.confidence AS confidence, f.rule AS rule,
       documents, (1.0 - f.confidence) * documents AS priority, f.evidence AS evidence, f.document AS documentId,
       f.start AS start, f.end AS end
ORDER BY priority DESC, target
SKIP $skip LIMIT $limit`;

// A part's certainty: the share of the documents naming the programme that state the part.
// Parts a reviewer added are decided already.
const PART_QUEUE = `
MATCH (w:Slogan)-[h:HAS_PART]->(p:Slogan)
WITH w, p, h, 'HAS_PART:' + w.id + '→' + p.id AS target
WHERE h.reviewed IS NULL AND ${UNDECIDED}
WITH w, p, h, target, COUNT { (w)<-[:MENTIONS]-(:Document) } AS naming,
     COUNT { (w)<-[:MENTIONS]-(:Document) } + COUNT { (p)<-[:MENTIONS]-(:Document) } AS documents
WITH w, p, h, target, documents, CASE WHEN naming = 0 THEN 0.0 ELSE toFloat(size(h.documents)) / naming END AS share
WITH w, p, h, target, documents, CASE WHEN share > 1.0 THEN 1.0 ELSE share END AS confidence
ORDER BY (1.0 - confidence) * documents DESC, target
SKIP $skip LIMIT $limit
MATCH (d:Document {id: h.documents[0]})-[m:MENTIONS]->(w)
WITH w, p, target, confidence, documents, d, ${spanOf('d', 'm', 'w')}
RETURN 'PART' AS kind, target, w.name AS programme, p.name AS part, confidence, 'enumeration' AS rule,
       documents, (1.0 - confidence) * documents AS priority, d.id AS documentId, spanStart, spanEnd, ${windowOf('d')}`;

// A slogan's or a project's certainty: the highest confidence any document's extraction gave it.
const entityQueue = (label: 'Slogan' | 'Project') => `
MATCH (e:${label})
WITH e, '${label}:' + ${label === 'Slogan' ? 'e.id' : 'e.name'} AS target
WHERE ${UNDECIDED}
CALL (e) {
  MATCH (:Document)-[m:MENTIONS]->(e)
  WITH m ORDER BY coalesce(m.confidence, 0.5) DESC
  RETURN count(m) AS documents, collect(m)[0] AS best
}
WITH e, target, documents, best, coalesce(best.confidence, 0.5) AS confidence
ORDER BY (1.0 - confidence) * documents DESC, target, e.id
SKIP $skip LIMIT $limit
// the evidence: the first document that mentions it with a span (else names it)
CALL (e) {
  MATCH (d:Document)-[m:MENTIONS]->(e)
  RETURN d, m ORDER BY size(m.starts) > 0 DESC, d.id LIMIT 1
}
WITH e, target, documents, best, confidence, d, ${spanOf('d', 'm', 'e')}
RETURN '${label.toUpperCase()}' AS kind, target, e.name AS name, ${label === 'Project' ? 'e.name AS project, e.id AS projectId' : 'e.name AS slogan'},
       confidence, best.rule AS rule, documents, (1.0 - confidence) * documents AS priority, d.id AS documentId,
       spanStart, spanEnd, ${windowOf('d')}`;

// where the entity is in the document: its first mention, else the first place the text names it
function spanOf(d: string, m: string, e: string): string {
  const named = `CASE WHEN ${d}.text CONTAINS ${e}.name THEN size(split(${d}.text, ${e}.name)[0]) ELSE 0 END`;
  return `CASE WHEN size(${m}.starts) > 0 THEN ${m}.starts[0] ELSE ${named} END AS spanStart,
       CASE WHEN size(${m}.starts) > 0 THEN ${m}.ends[0] ELSE ${named} + CASE WHEN ${d}.text CONTAINS ${e}.name THEN size(${e}.name) ELSE 0 END END AS spanEnd`;
}

// the text around the span, to cut its sentence from
function windowOf(d: string): string {
  const start = `CASE WHEN spanStart > 200 THEN spanStart - 200 ELSE 0 END`;
  return `${start} AS windowStart, substring(${d}.text, ${start}, 400 + spanEnd - spanStart) AS window`;
}

const QUERIES: Record<Exclude<ReviewKind, 'VARIANT'>, string> = { FULFILS: FULFILS_QUEUE, PART: PART_QUEUE, SLOGAN: entityQueue('Slogan'), PROJECT: entityQueue('Project') };

const EMPTY = { project: null, slogan: null, programme: null, part: null, name: null, projectId: null };

export async function reviewQueue(db: CypherReader, slice: { skip: number; limit: number }, kind: ReviewKind = 'FULFILS'): Promise<ReviewItemRow[]> {
  if (kind === 'VARIANT') {
    return (await variantQueue(db, slice)).map((v) => ({
      ...EMPTY, kind, target: v.target, variant: v.variant, of: v.of, reasons: v.reasons, slogan: v.variant, name: v.variant,
      confidence: v.confidence, rule: 'variant pattern', documents: v.documents, priority: v.priority,
      evidence: v.evidence, documentId: v.documentId, start: v.start, end: v.end,
    }));
  }
  const rows = await db.read(QUERIES[kind], { skip: int(slice.skip), limit: int(slice.limit) });
  return rows.map((r) => {
    if (kind === 'FULFILS') return { ...EMPTY, ...r } as unknown as ReviewItemRow;
    const { window, windowStart, spanStart, spanEnd, ...item } = r as Record<string, unknown> & { window: string; windowStart: number; spanStart: number; spanEnd: number };
    return { ...EMPTY, ...item, ...sentenceAround(window, windowStart, spanStart, spanEnd) } as unknown as ReviewItemRow;
  });
}
