import { OUTCOME_FIELDS, OutcomeReadRow, withSentence } from './outcome.fragments';
import { CypherReader, int, toPlain } from './reader';
import type { Slice, Sliced } from './slogan.queries';

export interface BodyRow {
  id: string;
  name: string;
  code: string | null;
  level: string | null;
  pinyin?: string | null;
}

const PLACE = `b { .id, .name, .code, .level, .pinyin }`;

// A body by code, id or name; a name shared by several bodies picks the one with most documents.
export async function findBody(db: CypherReader, key: { name?: string | null; code?: string | null }): Promise<BodyRow | null> {
  const rows = await db.read(
    // one index seek per key (an OR of them scans every place); a null key matches nothing
    `CALL {
       MATCH (b:Place {code: $code}) RETURN b
       UNION MATCH (b:Place {id: $code}) RETURN b
       UNION MATCH (b:Place {name: $name}) RETURN b
       UNION MATCH (b:Place {id: $name}) RETURN b
     }
     RETURN ${PLACE} AS body ORDER BY COUNT { (b)<-[:REPORTS_ON]-() } DESC LIMIT 1`,
    { name: key.name ?? null, code: key.code ?? null },
  );
  return rows.length ? (toPlain(rows[0].body) as BodyRow) : null;
}

export interface HierarchyRow {
  parent: BodyRow;
  depth: number;
  since: number | null;
  until: number | null;
}

export async function hierarchyOf(db: CypherReader, id: string): Promise<{ parents: HierarchyRow[]; children: BodyRow[] }> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})
     RETURN [(b)-[links:PART_OF*1..3]->(p:Place) | { parent: p { .id, .name, .code, .level },
               depth: size(links), since: last(links).since, until: last(links).until }] AS parents,
            [(c:Place)-[:PART_OF]->(b) | c { .id, .name, .code, .level }] AS children`,
    { id },
  );
  const row = toPlain(rows[0] ?? { parents: [], children: [] }) as { parents: HierarchyRow[]; children: BodyRow[] };
  row.parents.sort((a, b) => a.depth - b.depth || (b.since ?? 0) - (a.since ?? 0));
  // Two dated parents lead to the same grandparents: keep each ancestor once, at its nearest depth.
  const seen = new Set<string>();
  row.parents = row.parents.filter((p) => !seen.has(p.parent.id) && !!seen.add(p.parent.id));
  row.children.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return row;
}

export async function slogansByYear(db: CypherReader, id: string): Promise<Array<{ year: number; slogans: Array<{ id: string; name: string }> }>> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})-[a:ADOPTS]->(s:Slogan)
     UNWIND a.years AS year
     WITH year, s ORDER BY s.name
     RETURN year, collect(s { .id, .name }) AS slogans ORDER BY year`,
    { id },
  );
  return rows.map((r) => toPlain(r) as { year: number; slogans: Array<{ id: string; name: string }> });
}

export interface BodyProjectRow {
  id: string;
  name: string;
  aliases: string[];
  years: number[];
  slogans: string[];
}

export async function projectsOfBody(db: CypherReader, id: string, slice: Slice): Promise<Sliced<BodyProjectRow>> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})
     CALL {
       WITH b MATCH (b)-[r:RUNS]->(p:Project)
       WITH p, r ORDER BY r.years[0], p.name SKIP $skip LIMIT $limit
       RETURN collect(p { .id, .name, aliases: coalesce(p.aliases, []), years: coalesce(r.years, []),
                          slogans: [(p)-[:FULFILS]->(s:Slogan) | s.name] }) AS items
     }
     RETURN COUNT { (b)-[:RUNS]->(:Project) } AS total, items`,
    { id, skip: int(slice.skip), limit: int(slice.limit) },
  );
  const row = toPlain(rows[0]) as { total: number; items: BodyProjectRow[] };
  row.items.forEach((p) => (p.slogans = [...new Set(p.slogans)]));
  return { total: row.total, items: row.items };
}

export interface OutcomeFilter {
  status: string | null;
  year: number | null;
}

// Outcomes reported in documents about the body.
export async function outcomesOfBody(db: CypherReader, id: string, filter: OutcomeFilter, slice: Slice): Promise<Sliced<OutcomeReadRow>> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})<-[:REPORTS_ON]-(:Document)<-[:REPORTED_IN]-(o:Outcome)
     WHERE ($status IS NULL OR o.status = $status) AND ($year IS NULL OR o.year = $year)
     WITH DISTINCT o
     WITH o ORDER BY o.year, o.id
     WITH collect(o) AS found
     RETURN size(found) AS total, [o IN found[$skip..$skip + $limit] | ${OUTCOME_FIELDS}] AS items`,
    { id, status: filter.status, year: filter.year === null ? null : int(filter.year), skip: int(slice.skip), limit: int(slice.limit) },
  );
  const page = toPlain(rows[0]) as Sliced<OutcomeReadRow>;
  return { total: page.total, items: page.items.map(withSentence) };
}

export async function outcomeCounts(db: CypherReader, id: string): Promise<Record<string, number>> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})<-[:REPORTS_ON]-(:Document)<-[:REPORTED_IN]-(o:Outcome)
     RETURN o.status AS status, count(DISTINCT o) AS n`,
    { id },
  );
  return Object.fromEntries(rows.map((r) => [r.status as string, toPlain(r.n) as number]));
}

// Places at these levels that report themselves or hold a body that does, by name: the choices of a
// place filter, whatever is on screen.
export async function reportingPlaces(db: CypherReader, levels: string[]): Promise<BodyRow[]> {
  const rows = await db.read(
    `MATCH (b:Place) WHERE EXISTS { (b)<-[:REPORTS_ON]-(:Document) }
     MATCH (b)-[:PART_OF*0..3]->(p:Place) WHERE p.level IN $levels
     WITH DISTINCT p
     RETURN p { .id, .name, .code, .level } AS place ORDER BY p.name`,
    { levels },
  );
  return rows.map((r) => toPlain(r.place) as BodyRow);
}

// Names of every place above each of these places, at any time (星桥街道: 余杭区 and 临平区, 杭州市, 浙江省).
export async function enclosingNames(db: CypherReader, ids: string[]): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (b:Place {id: id})
     RETURN id, [(b)-[:PART_OF*1..3]->(a:Place) | a.name] AS within`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, [...new Set(toPlain(r.within) as string[])]]));
}
