import { CypherReader, toPlain } from './reader';

export interface EvidenceRow {
  source: string;
  documentId: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
  /** the page the evidence is on, in a document with pages */
  page: number | null;
}

interface RawEvidence {
  rid: string;
  type: string;
  props: Record<string, unknown>;
  fromName: string;
  toName: string;
  mention: { documentId: string; start: number; end: number; page: number | null; windowStart: number; window: string } | null;
}

const WINDOW = 160;

// The sentence of a text window that holds [start, end).
export function sentenceAround(window: string, windowStart: number, start: number, end: number): string {
  const stops = /[。！？!?\n]/;
  let a = start - windowStart;
  let b = end - windowStart;
  while (a > 0 && !stops.test(window[a - 1])) a--;
  while (b < window.length && !stops.test(window[b - 1] ?? '')) b++;
  return window.slice(a, b).trim();
}

// Evidence for many relationships in one query: stored sentences, else the first mention that implies the edge.
export async function evidenceFor(db: CypherReader, relIds: string[]): Promise<Map<string, EvidenceRow[]>> {
  if (!relIds.length) return new Map();
  const mention = (doc: string) =>
    `{ documentId: ${doc}.id, start: m.starts[0], end: m.ends[0], page: m.pages[0],
       windowStart: CASE WHEN m.starts[0] > ${WINDOW} THEN m.starts[0] - ${WINDOW} ELSE 0 END,
       window: substring(${doc}.text, CASE WHEN m.starts[0] > ${WINDOW} THEN m.starts[0] - ${WINDOW} ELSE 0 END, ${WINDOW * 2}) }`;
  const rows = await db.read(
    `UNWIND $ids AS rid MATCH (a)-[r]->(b) WHERE elementId(r) = rid
     RETURN rid, type(r) AS type, properties(r) AS props, a.name AS fromName, b.name AS toName,
       CASE type(r)
         WHEN 'ADOPTS' THEN head([(d:Document)-[m:MENTIONS]->(b) WHERE d.id IN coalesce(r.documents, []) AND (d)-[:REPORTS_ON]->(a) | ${mention('d')}])
         WHEN 'RUNS' THEN head([(a)<-[:REPORTS_ON]-(d:Document)-[m:MENTIONS]->(b) | ${mention('d')}])
         WHEN 'HAS_PART' THEN head([(d:Document)-[m:MENTIONS]->(a) | ${mention('d')}])
         WHEN 'HAS_OUTCOME' THEN head([(b)-[:REPORTED_IN]->(d:Document) |
           { documentId: d.id, start: b.start, end: b.end, page: b.page, windowStart: 0, window: b.text }])
         ELSE null END AS mention`,
    { ids: relIds },
  );
  return new Map(rows.map((row) => {
    const r = toPlain(row) as RawEvidence;
    return [r.rid, [toEvidence(r)]];
  }));
}

function toEvidence(r: RawEvidence): EvidenceRow {
  const p = r.props;
  if (r.type === 'FULFILS') {
    return { source: 'sentence', documentId: (p.document as string) ?? null, text: (p.evidence as string) ?? null, start: (p.start as number) ?? null, end: (p.end as number) ?? null, page: (p.page as number) ?? null };
  }
  if (r.type === 'PART_OF') {
    const years = [p.since ? `since ${p.since}` : '', p.until ? `until ${p.until}` : ''].filter(Boolean).join(', ');
    return { source: 'gazetteer', documentId: null, text: `${r.fromName} 隶属 ${r.toName}${years ? ` (${years})` : ''}`, start: null, end: null, page: null };
  }
  if (r.type === 'HAS_OUTCOME' && r.mention) {
    const m = r.mention;
    return { source: 'sentence', documentId: m.documentId, text: m.window, start: m.start ?? null, end: m.end ?? null, page: m.page ?? null };
  }
  if (r.mention) {
    const m = r.mention;
    return { source: 'mention', documentId: m.documentId, text: sentenceAround(m.window, m.windowStart, m.start, m.end), start: m.start, end: m.end, page: m.page ?? null };
  }
  return { source: 'graph', documentId: null, text: `${r.fromName} ${r.type} ${r.toName}`, start: null, end: null, page: null };
}
