import { CypherReader, int } from './reader';

// What a reviewer should look at next: FULFILS ties nobody has decided on, the least certain and
// the most connected first (1 − confidence, times how many documents mention its two ends).

export interface ReviewItemRow {
  kind: 'FULFILS';
  /** what a correction of this item targets: FULFILS:<project>→<slogan> */
  target: string;
  project: string;
  slogan: string;
  confidence: number;
  rule: string | null;
  documents: number;
  priority: number;
  evidence: string;
  documentId: string;
  start: number;
  end: number;
}

const FULFILS_QUEUE = `
MATCH (p:Project)-[f:FULFILS]->(s:Slogan)
WITH p, s, f ORDER BY f.confidence DESC, f.document
WITH p, s, collect(f)[0] AS f, count(f) AS ties
WITH p, s, f, 'FULFILS:' + p.name + '→' + s.id AS target,
     COUNT { (p)<-[:MENTIONS]-(:Document) } + COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents
WHERE NOT EXISTS { MATCH (c:Correction {target: target}) WHERE c.status = 'active' }
RETURN 'FULFILS' AS kind, target, p.name AS project, s.name AS slogan, f.confidence AS confidence, f.rule AS rule,
       documents, (1.0 - f.confidence) * documents AS priority, f.evidence AS evidence, f.document AS documentId,
       f.start AS start, f.end AS end
ORDER BY priority DESC, target
SKIP $skip LIMIT $limit`;

export async function reviewQueue(db: CypherReader, slice: { skip: number; limit: number }): Promise<ReviewItemRow[]> {
  return (await db.read(FULFILS_QUEUE, { skip: int(slice.skip), limit: int(slice.limit) })) as unknown as ReviewItemRow[];
}
