import { CypherReader, int, toPlain } from './reader';
import type { BodyRow } from './body.queries';
import type { Slice, Sliced } from './slogan.queries';

export interface DocumentSummaryRow {
  id: string;
  file: string;
  title: string | null;
  date: string | null;
  year: number | null;
  source: string | null;
  publisher: string | null;
}

export interface MentionRow {
  entityId: string;
  type: string;
  name: string;
  start: number;
  end: number;
  /** the page it is on, in a document with pages */
  page: number | null;
}

export interface DocumentRow extends DocumentSummaryRow {
  sourceKey: string | null;
  script: string | null;
  format: string | null;
  ingestedAt: string | null;
  text: string;
  /** pages read by OCR */
  ocrPages: number[] | null;
  pageCount: number | null;
  subjects: BodyRow[];
  mentions: MentionRow[];
}

const SUMMARY = `d { .id, .file, .title, .date, .year, .source, .publisher }`;

export async function listDocuments(
  db: CypherReader,
  filter: { bodyId: string | null; year: number | null },
  slice: Slice,
): Promise<Sliced<DocumentSummaryRow>> {
  const rows = await db.read(
    `MATCH (d:Document)
     WHERE ($bodyId IS NULL OR EXISTS { (d)-[:REPORTS_ON]->(:Place {id: $bodyId}) }) AND ($year IS NULL OR d.year = $year)
     WITH d ORDER BY d.date DESC, d.file
     WITH collect(d) AS found
     RETURN size(found) AS total, [d IN found[$skip..$skip + $limit] | ${SUMMARY}] AS items`,
    { bodyId: filter.bodyId, year: filter.year === null ? null : int(filter.year), skip: int(slice.skip), limit: int(slice.limit) },
  );
  return toPlain(rows[0]) as Sliced<DocumentSummaryRow>;
}

// The document with every MENTIONS span unrolled, sorted by offset.
export async function getDocument(db: CypherReader, id: string): Promise<DocumentRow | null> {
  const rows = await db.read(
    `MATCH (d:Document {id: $id})
     RETURN d { .*, subjects: [(d)-[:REPORTS_ON]->(p:Place) | p { .id, .name, .code, .level }] } AS doc,
            [(d)-[m:MENTIONS]->(e) | { entityId: e.id, name: e.name,
               type: head([l IN labels(e) WHERE l IN ['Slogan', 'Project', 'Place']]),
               starts: m.starts, ends: m.ends, pages: m.pages }] AS mentions`,
    { id },
  );
  if (!rows.length) return null;
  const doc = toPlain(rows[0].doc) as DocumentRow;
  doc.ocrPages ??= null;
  doc.pageCount ??= null;
  const grouped = toPlain(rows[0].mentions) as Array<Omit<MentionRow, 'start' | 'end' | 'page'> & { starts: number[]; ends: number[]; pages: number[] | null }>;
  doc.mentions = grouped
    .flatMap((m) => (m.starts ?? []).map((start, i) => ({ entityId: m.entityId, type: m.type, name: m.name, start, end: m.ends[i], page: m.pages?.[i] ?? null })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return doc;
}
