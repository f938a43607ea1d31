// Cypher that writes one document's rows; every statement is one batched UNWIND.
// Derived values (aliases, origin, kind, ADOPTS, RUNS) are folded in here with commutative,
// order-free updates (sorted set insertion, maximum), so adding a document costs its own size,
// not the size of the graph, and any order of documents gives the same graph.

// Sorted insertion of `item` into `list` (no duplicates).
const insertSorted = (list: string, item: string) =>
  `CASE WHEN ${item} IS NULL OR ${item} IN ${list} THEN ${list} ELSE [x IN ${list} WHERE x < ${item}] + ${item} + [x IN ${list} WHERE x > ${item}] END`;

// Sorted union of `list` and `items`.
const unionSorted = (list: string, items: string) => `reduce(acc = ${list}, a IN ${items} | ${insertSorted('acc', 'a')})`;

export const LEVEL_RANK = `{street: 1, district: 2, city: 3, province: 4, country: 5}`;
export const KIND_RANK = `{slogan: 1, campaign: 2, numbered: 3}`;

export const WRITE_PLACES = `
CALL {
  UNWIND $places AS row
  MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.code = row.code, p.level = row.level,
                p.pinyin = row.pinyin, p.initials = row.initials
  FOREACH (_ IN CASE row.level WHEN 'country' THEN [1] ELSE [] END | SET p:Country)
  FOREACH (_ IN CASE row.level WHEN 'province' THEN [1] ELSE [] END | SET p:Province)
  FOREACH (_ IN CASE row.level WHEN 'city' THEN [1] ELSE [] END | SET p:City)
  FOREACH (_ IN CASE row.level WHEN 'district' THEN [1] ELSE [] END | SET p:District)
  FOREACH (_ IN CASE row.level WHEN 'street' THEN [1] ELSE [] END | SET p:Street)
}
CALL {
  UNWIND $partOf AS row
  MATCH (c:Place {id: row.child}), (p:Place {id: row.parent})
  MERGE (c)-[r:PART_OF]->(p)
  ON CREATE SET r.since = row.since, r.until = row.until
}`;

export const WRITE_DOCUMENT = `
CREATE (d:Document)
SET d = $doc, d.ingestedAt = datetime()
WITH d
CALL (d) {
  MATCH (p:Place {id: $subjectId})
  CREATE (d)-[:REPORTS_ON]->(p)
}
CALL (d) {
  UNWIND $placeMentions AS row
  MATCH (p:Place {id: row.id})
  CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, pages: row.pages}]->(p)
}`;

export const WRITE_SLOGANS = `
MATCH (d:Document {id: $docId})
CALL (d) {
  UNWIND $slogans AS row
  MERGE (s:Slogan {id: row.id})
  ON CREATE SET s.name = row.name, s.pinyin = row.pinyin, s.initials = row.initials, s.aliases = []
  CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, pages: row.pages, aliases: row.aliases,
                         kind: row.kind, origin: row.origin, adopts: row.adopts, rule: row.rule, confidence: row.confidence}]->(s)
  WITH s, row, ${unionSorted('s.aliases', 'row.aliases')} AS aliases,
       CASE WHEN coalesce(${LEVEL_RANK}[row.origin], 0) > coalesce(${LEVEL_RANK}[s.origin], 0) THEN row.origin ELSE s.origin END AS origin,
       CASE WHEN coalesce(${KIND_RANK}[row.kind], 0) > coalesce(${KIND_RANK}[s.kind], 0) THEN row.kind ELSE s.kind END AS kind
  FOREACH (_ IN CASE WHEN aliases <> s.aliases THEN [1] ELSE [] END | SET s.aliases = aliases)
  FOREACH (_ IN CASE WHEN origin IS NOT NULL AND (s.origin IS NULL OR origin <> s.origin) THEN [1] ELSE [] END | SET s.origin = origin)
  FOREACH (_ IN CASE WHEN kind IS NOT NULL AND (s.kind IS NULL OR kind <> s.kind) THEN [1] ELSE [] END | SET s.kind = kind)
}
CALL {
  UNWIND $parts AS row
  MATCH (a:Slogan {id: row.whole}), (b:Slogan {id: row.part})
  MERGE (a)-[h:HAS_PART]->(b)
  ON CREATE SET h.order = row.order, h.documents = []
  SET h.documents = ${insertSorted('h.documents', '$docId')}
  // a reviewer's statement: its document and evidence span, in parallel lists sorted by document
  WITH h, row, coalesce(h.reviewed, []) AS reviewed
  WITH h, row, reviewed, size([x IN reviewed WHERE x < $docId]) AS i
  FOREACH (_ IN CASE WHEN row.start IS NULL THEN [] ELSE [1] END |
    SET h.reviewed = reviewed[..i] + $docId + reviewed[i..],
        h.reviewedStarts = coalesce(h.reviewedStarts, [])[..i] + row.start + coalesce(h.reviewedStarts, [])[i..],
        h.reviewedEnds = coalesce(h.reviewedEnds, [])[..i] + row.end + coalesce(h.reviewedEnds, [])[i..])
}
CALL {
  MATCH (p:Place {id: $subjectId})
  UNWIND $slogans AS row
  WITH p, row WHERE row.adopts IS NULL
  MATCH (s:Slogan {id: row.id})
  MERGE (p)-[a:ADOPTS]->(s)
  ON CREATE SET a.documents = [], a.years = []
  SET a.documents = ${insertSorted('a.documents', '$docId')},
      a.years = ${insertSorted('a.years', '$year')}
  SET a.firstYear = a.years[0]
}`;

export const WRITE_PROJECTS = `
MATCH (d:Document {id: $docId})
OPTIONAL MATCH (body:Place {id: $bodyId})
UNWIND $projects AS row
MERGE (j:Project {id: row.id})
ON CREATE SET j.name = row.name, j.bodyId = row.bodyId, j.pinyin = row.pinyin, j.initials = row.initials, j.aliases = []
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, pages: row.pages, aliases: row.aliases, rule: row.rule, confidence: row.confidence}]->(j)
WITH body, j, ${unionSorted('j.aliases', 'row.aliases')} AS aliases
FOREACH (_ IN CASE WHEN aliases <> j.aliases THEN [1] ELSE [] END | SET j.aliases = aliases)
FOREACH (_ IN CASE WHEN body IS NULL THEN [] ELSE [1] END |
  MERGE (body)-[r:RUNS]->(j)
  ON CREATE SET r.years = []
  SET r.years = ${insertSorted('r.years', '$year')})`;

export const WRITE_OUTCOMES = `
MATCH (d:Document {id: $docId})
CALL (d) {
  UNWIND $outcomes AS row
  CREATE (o:Outcome)
  SET o = row { .id, .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year, .start, .end, .page }
  CREATE (o)-[:REPORTED_IN]->(d)
  WITH o, row
  MATCH (j:Project {id: row.projectId})
  CREATE (j)-[:HAS_OUTCOME]->(o)
}
CALL {
  UNWIND $fulfils AS row
  MATCH (j:Project {id: row.project}), (s:Slogan {id: row.slogan})
  CREATE (j)-[:FULFILS {document: $docId, confidence: row.confidence, rule: row.rule, start: row.start,
                        end: row.end, evidence: row.evidence, page: row.page}]->(s)
}`;
