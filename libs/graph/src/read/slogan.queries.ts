import { ANCESTORS, Ancestor, enclosingAt } from './places';
import { OUTCOME_FIELDS, OutcomeReadRow, withSentence } from './outcome.fragments';
import { aliasTerm, nodesByKey } from './name-lookup';
import { CypherReader, int, ReadRow as Row, toPlain } from './reader';

export interface SloganRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  origin: string | null;
  pinyin: string | null;
  initials: string | null;
}

export interface AdopterRow {
  body: { id: string; name: string; code: string | null; level: string | null };
  level: string | null;
  district: string | null;
  city: string | null;
  province: string | null;
  years: number[];
  firstYear: number | null;
  documents: string[];
  /** Years of the body's own reports, adopting or not (the diffusion tells "not adopted" from "no report"). */
  reportYears?: number[];
}

export interface Slice {
  skip: number;
  limit: number;
}

export interface Sliced<T> {
  items: T[];
  total: number;
}

const SLOGAN_FIELDS = `s { .id, .name, aliases: coalesce(s.aliases, []), .kind, .origin, .pinyin, .initials }`;

// By id (the canonical name, through its constraint) first; name and aliases through their indexes when that misses.
export async function findSlogan(db: CypherReader, name: string): Promise<SloganRow | null> {
  const byId = await db.read(`MATCH (s:Slogan {id: $name}) RETURN ${SLOGAN_FIELDS} AS slogan`, { name });
  if (byId.length) return toPlain(byId[0].slogan) as SloganRow;
  const rows = await db.read(
    `${nodesByKey('Slogan')} WITH n AS s
     RETURN ${SLOGAN_FIELDS} AS slogan ORDER BY s.name = $key DESC, COUNT { (s)--() } DESC LIMIT 1`,
    { key: name, aliasTerm: aliasTerm(name) },
  );
  return rows.length ? (toPlain(rows[0].slogan) as SloganRow) : null;
}

export async function slogansByIds(db: CypherReader, ids: string[]): Promise<Map<string, SloganRow>> {
  const rows = await db.read(`MATCH (s:Slogan) WHERE s.id IN $ids RETURN ${SLOGAN_FIELDS} AS slogan`, { ids });
  return new Map(rows.map((r) => [(r.slogan as SloganRow).id, toPlain(r.slogan) as SloganRow]));
}

// Parts (HAS_PART out) and wholes (HAS_PART in) of many slogans in one query.
export async function sloganLinks(
  db: CypherReader,
  ids: string[],
  direction: 'parts' | 'wholes',
): Promise<Map<string, Array<{ id: string; order: number | null }>>> {
  const pattern = direction === 'parts' ? '(s)-[r:HAS_PART]->(o:Slogan)' : '(s)<-[r:HAS_PART]-(o:Slogan)';
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (s:Slogan {id: id})
     OPTIONAL MATCH ${pattern}
     WITH id, r, o ORDER BY r.order, o.name
     RETURN id, [x IN collect(CASE WHEN o IS NULL THEN null ELSE { id: o.id, order: r.order } END) WHERE x IS NOT NULL] AS links`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, toPlain(r.links) as Array<{ id: string; order: number | null }>]));
}

function toAdopter(row: Row): AdopterRow {
  const r = toPlain(row) as { body: AdopterRow['body']; years: number[]; firstYear: number | null; documents: string[]; ancestors: Ancestor[] };
  const places = enclosingAt(r.body, r.ancestors, r.firstYear ?? null);
  return { body: r.body, level: r.body.level, ...places, years: r.years ?? [], firstYear: r.firstYear, documents: r.documents ?? [] };
}

// Adopters of many slogans, each list ordered by first year and sliced before it is projected, in one query.
export async function adoptersOf(db: CypherReader, ids: string[], slice: Slice): Promise<Map<string, Sliced<AdopterRow>>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (s:Slogan {id: id})
     CALL {
       WITH s MATCH (b:Place)-[a:ADOPTS]->(s)
       WITH b, a ORDER BY a.firstYear, b.name SKIP $skip LIMIT $limit
       RETURN collect({ body: b { .id, .name, .code, .level }, years: a.years, firstYear: a.firstYear,
                        documents: coalesce(a.documents, []), ancestors: ${ANCESTORS} }) AS items
     }
     RETURN id, COUNT { (:Place)-[:ADOPTS]->(s) } AS total, items`,
    { ids, skip: int(slice.skip), limit: int(slice.limit) },
  );
  return new Map(
    rows.map((r) => [r.id as string, { total: toPlain(r.total) as number, items: (r.items as Row[]).map(toAdopter) }]),
  );
}

export interface FulfilmentRow {
  project: { id: string; name: string; bodyId: string | null; bodyName: string | null };
  evidence: string | null;
  confidence: number;
  documentId: string | null;
  start: number | null;
  end: number | null;
  /** the page the evidence is on, in a document with pages */
  page: number | null;
}

// Projects fulfilling many slogans, most confident first, sliced before projection, in one query.
export async function fulfilmentsOf(db: CypherReader, ids: string[], slice: Slice): Promise<Map<string, Sliced<FulfilmentRow>>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (s:Slogan {id: id})
     CALL {
       WITH s MATCH (p:Project)-[f:FULFILS]->(s)
       WITH p, f ORDER BY f.confidence DESC, p.name, f.start SKIP $skip LIMIT $limit
       RETURN collect({
         project: p { .id, .name, .bodyId, bodyName: head(COLLECT { MATCH (b:Place {id: p.bodyId}) RETURN b.name }) },
         evidence: f.evidence, confidence: f.confidence, documentId: f.document, start: f.start, end: f.end, page: f.page }) AS items
     }
     RETURN id, COUNT { (:Project)-[:FULFILS]->(s) } AS total, items`,
    { ids, skip: int(slice.skip), limit: int(slice.limit) },
  );
  return slicedMap(rows);
}

// Outcomes of projects that fulfil a slogan or one of its parts; counted, then one page projected.
export async function outcomesOfSlogans(
  db: CypherReader,
  ids: string[],
  slice: Slice,
  status: string | null,
): Promise<Map<string, Sliced<OutcomeReadRow>>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (s:Slogan {id: id})
     CALL {
       WITH s MATCH (s)-[:HAS_PART*0..2]->(:Slogan)<-[:FULFILS]-(:Project)-[:HAS_OUTCOME]->(o:Outcome)
       WHERE $status IS NULL OR o.status = $status
       WITH DISTINCT o
       WITH o ORDER BY o.year, o.id
       WITH collect(o) AS found
       RETURN size(found) AS total, [o IN found[$skip..$skip + $limit] | ${OUTCOME_FIELDS}] AS items
     }
     RETURN id, total, items`,
    { ids, skip: int(slice.skip), limit: int(slice.limit), status },
  );
  const pages = slicedMap<OutcomeReadRow>(rows);
  pages.forEach((page) => (page.items = page.items.map(withSentence)));
  return pages;
}

function slicedMap<T>(rows: Row[]): Map<string, Sliced<T>> {
  return new Map(rows.map((r) => [r.id as string, { total: toPlain(r.total) as number, items: toPlain(r.items) as T[] }]));
}
