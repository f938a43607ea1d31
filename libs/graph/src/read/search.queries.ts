import { CypherReader, int, NODE_BY_ID, toPlain } from './reader';

export const SEARCHABLE = ['Slogan', 'Project', 'Place', 'Outcome', 'Document'] as const;

export interface SearchInput {
  // simplified Chinese (or any text) for the full-text index
  text: string | null;
  // lowercase latin letters, matched against pinyin and initials
  romanised: string | null;
  labels: string[];
  limit: number;
}

export interface SearchHitRow {
  id: string;
  type: string;
  name: string;
  score: number;
  matchedOn: string;
}

// A phrase query: the cjk analyzer turns it into consecutive bigrams; quotes and backslashes escaped.
export const lucenePhrase = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

// Full-text first; the cjk analyzer indexes bigrams, so a single character is matched by a scan instead.
const TEXT_HITS = `
  CALL db.index.fulltext.queryNodes('nameSearch', $phrase, {limit: $limit * 4}) YIELD node, score
  WITH node, score, CASE WHEN node.name CONTAINS $text THEN 'name' ELSE 'alias' END AS matchedOn
  RETURN node, score + CASE WHEN node.name = $text THEN 10.0 WHEN $text IN coalesce(node.aliases, []) THEN 5.0 ELSE 0.0 END AS score, matchedOn`;

// Reported numbers by clause or metric (垃圾减量, 7000吨) and documents by title, below names of equal score.
const FACT_HITS = `
  CALL db.index.fulltext.queryNodes('outcomeSearch', $phrase, {limit: $limit * 2}) YIELD node, score
  RETURN node, score * 0.5 AS score, CASE WHEN node.metric CONTAINS $text THEN 'metric' ELSE 'text' END AS matchedOn
  UNION
  CALL db.index.fulltext.queryNodes('documentTitleSearch', $phrase, {limit: $limit * 2}) YIELD node, score
  RETURN node, score * 0.5 AS score, 'title' AS matchedOn`;

const CHAR_HITS = `
  MATCH (node) WHERE (node:Slogan OR node:Project OR node:Place)
    AND (node.name CONTAINS $text OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $text))
  RETURN node, CASE WHEN node.name = $text THEN 10.0 ELSE 1.0 END AS score,
         CASE WHEN node.name CONTAINS $text THEN 'name' ELSE 'alias' END AS matchedOn`;

const ROMAN_HITS = `
  MATCH (node) WHERE (node:Slogan OR node:Project OR node:Place)
    AND (node.pinyin STARTS WITH $roman OR node.initials STARTS WITH $roman OR node.pinyin CONTAINS $roman)
  RETURN node,
    CASE WHEN node.pinyin = $roman THEN 20.0 WHEN node.initials = $roman THEN 15.0
         WHEN node.pinyin STARTS WITH $roman THEN 8.0 WHEN node.initials STARTS WITH $roman THEN 6.0 ELSE 3.0 END AS score,
    CASE WHEN node.pinyin STARTS WITH $roman OR node.pinyin CONTAINS $roman THEN 'pinyin' ELSE 'initials' END AS matchedOn`;

function hitsQuery(input: SearchInput): string {
  const single = !!input.text && [...input.text].length === 1;
  const facts = input.labels.some((l) => l === 'Outcome' || l === 'Document');
  const parts = [input.text ? (single ? CHAR_HITS : TEXT_HITS) : null, input.text && !single && facts ? FACT_HITS : null, input.romanised ? ROMAN_HITS : null].filter(Boolean);
  return `CALL { ${parts.join(' UNION ')} }
    WITH node, score, matchedOn WHERE any(l IN labels(node) WHERE l IN $labels)
    WITH node, score, matchedOn ORDER BY score DESC
    WITH node, max(score) AS best, collect(matchedOn) AS how
    RETURN node.id AS id, head([l IN labels(node) WHERE l IN $labels]) AS type, CASE WHEN node:Document THEN coalesce(node.title, node.file) ELSE coalesce(node.name, node.text) END AS name,
           best AS score, head(how) AS matchedOn, COUNT { (node)--() } AS degree
    ORDER BY score DESC, degree DESC, size(name), name LIMIT $limit`;
}

export async function searchNames(db: CypherReader, input: SearchInput): Promise<SearchHitRow[]> {
  if (!input.text && !input.romanised) return [];
  const rows = await db.read(hitsQuery(input), {
    phrase: input.text ? lucenePhrase(input.text) : null,
    text: input.text,
    roman: input.romanised,
    labels: input.labels,
    limit: int(input.limit),
  });
  return rows.map((r) => toPlain(r) as SearchHitRow);
}

export interface HitContextRow {
  id: string;
  level: string | null;
  parent: string | null;
  body: string | null;
  adopters: number;
  firstYear: number | null;
  projects: number;
  documents: number;
  /** An outcome's status and year, or a document's year; the body a document or outcome is about. */
  status: string | null;
  year: number | null;
  subject: string | null;
}

// The facts behind each hit's one-line context, for all hits in one query.
export async function hitContexts(db: CypherReader, ids: string[]): Promise<Map<string, HitContextRow>> {
  const rows = await db.read(
    `UNWIND $ids AS id ${NODE_BY_ID}
     RETURN id, n.level AS level,
       head([(n)-[r:PART_OF]->(p:Place) WHERE r.until IS NULL | p.name]) AS parent,
       head([(b:Place)-[:RUNS]->(n) | b.name]) AS body,
       COUNT { (:Place)-[:ADOPTS]->(n) } AS adopters,
       reduce(m = null, y IN [(:Place)-[a:ADOPTS]->(n) | a.firstYear] | CASE WHEN m IS NULL OR y < m THEN y ELSE m END) AS firstYear,
       COUNT { (:Project)-[:FULFILS]->(n) } AS projects,
       COUNT { (:Document)-[:MENTIONS]->(n) } AS documents,
       n.status AS status, n.year AS year,
       head([(n)-[:REPORTED_IN*0..1]->(:Document)-[:REPORTS_ON]->(p:Place) | p.name]) AS subject`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, toPlain(r) as HitContextRow]));
}
