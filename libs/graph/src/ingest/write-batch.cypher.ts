import { KIND_RANK, LEVEL_RANK } from './write.cypher';

// Cypher that writes the rows of several new documents at once (batch-rows.ts): the same nodes,
// relationships and values as write.cypher.ts gives them one document at a time. Each node and
// shared relationship comes as one row carrying every document's values, folded in here in
// document order; a new document's own nodes and relationships (Document, MENTIONS, Outcome,
// REPORTED_IN, HAS_OUTCOME, FULFILS) are plain CREATEs. The statements that MERGE nodes return the
// ids of those they created: a relationship to a node made in this batch cannot be there yet, so
// it is CREATEd with its folded values (the *_NEW statements) instead of looked for first.

// Sorted insertion of `item` into `list` (no duplicates), as write.cypher.ts does it.
const insertSorted = (list: string, item: string) =>
  `CASE WHEN ${item} IS NULL OR ${item} IN ${list} THEN ${list} ELSE [x IN ${list} WHERE x < ${item}] + ${item} + [x IN ${list} WHERE x > ${item}] END`;

const unionSorted = (list: string, items: string) => `reduce(acc = ${list}, a IN ${items} | ${insertSorted('acc', 'a')})`;

// The value of the highest rank, the one already there winning a tie.
const highest = (current: string, items: string, rank: string) =>
  `reduce(v = ${current}, x IN ${items} | CASE WHEN coalesce(${rank}[x], 0) > coalesce(${rank}[v], 0) THEN x ELSE v END)`;

// Whether a row's node was there before: one index seek, where a relationship MERGE to a new node
// would walk every relationship of the other end (a province has thousands).
const CREATED = `WITH row, known IS NULL AS created WHERE created
RETURN collect(row.id) AS created`;

export const BATCH_PLACES = `
UNWIND $places AS row
OPTIONAL MATCH (known:Place {id: row.id})
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name, p.code = row.code, p.level = row.level,
              p.pinyin = row.pinyin, p.initials = row.initials
FOREACH (_ IN CASE row.level WHEN 'country' THEN [1] ELSE [] END | SET p:Country)
FOREACH (_ IN CASE row.level WHEN 'province' THEN [1] ELSE [] END | SET p:Province)
FOREACH (_ IN CASE row.level WHEN 'city' THEN [1] ELSE [] END | SET p:City)
FOREACH (_ IN CASE row.level WHEN 'district' THEN [1] ELSE [] END | SET p:District)
FOREACH (_ IN CASE row.level WHEN 'street' THEN [1] ELSE [] END | SET p:Street)
${CREATED}`;

export const BATCH_PART_OF = `
UNWIND $partOf AS row
MATCH (c:Place {id: row.child}), (p:Place {id: row.parent})
MERGE (c)-[r:PART_OF]->(p)
ON CREATE SET r.since = row.since, r.until = row.until`;

export const BATCH_PART_OF_NEW = `
UNWIND $partOf AS row
MATCH (c:Place {id: row.child}), (p:Place {id: row.parent})
CREATE (c)-[r:PART_OF]->(p)
SET r.since = row.since, r.until = row.until`;

export const BATCH_DOCUMENTS = `
UNWIND $docs AS row
CREATE (d:Document)
SET d = row.doc, d.ingestedAt = datetime()
WITH d, row
CALL (d, row) {
  MATCH (p:Place {id: row.subjectId})
  CREATE (d)-[:REPORTS_ON]->(p)
}
CALL (d, row) {
  UNWIND row.placeMentions AS m
  MATCH (p:Place {id: m.id})
  CREATE (d)-[:MENTIONS {starts: m.starts, ends: m.ends, pages: m.pages}]->(p)
}`;

export const BATCH_SLOGANS = `
UNWIND $slogans AS row
OPTIONAL MATCH (known:Slogan {id: row.id})
MERGE (s:Slogan {id: row.id})
ON CREATE SET s.name = row.name, s.pinyin = row.pinyin, s.initials = row.initials, s.aliases = []
WITH s, row, known, ${unionSorted('s.aliases', 'row.aliases')} AS aliases,
     ${highest('s.origin', 'row.origins', LEVEL_RANK)} AS origin,
     ${highest('s.kind', 'row.kinds', KIND_RANK)} AS kind
FOREACH (_ IN CASE WHEN aliases <> s.aliases THEN [1] ELSE [] END | SET s.aliases = aliases)
FOREACH (_ IN CASE WHEN origin IS NOT NULL AND (s.origin IS NULL OR origin <> s.origin) THEN [1] ELSE [] END | SET s.origin = origin)
FOREACH (_ IN CASE WHEN kind IS NOT NULL AND (s.kind IS NULL OR kind <> s.kind) THEN [1] ELSE [] END | SET s.kind = kind)
WITH s, row, known
CALL (s, row) {
  UNWIND row.mentions AS m
  MATCH (d:Document {id: m.docId})
  CREATE (d)-[:MENTIONS {starts: m.starts, ends: m.ends, pages: m.pages, aliases: m.aliases,
                         kind: m.kind, origin: m.origin, adopts: m.adopts, rule: m.rule, confidence: m.confidence}]->(s)
}
${CREATED}`;

// A reviewer's statements: document and evidence span in parallel lists sorted by document.
const withReview = (acc: string, v: string) => {
  const i = `size([x IN ${acc}.r WHERE x < ${v}.doc])`;
  return `{r: ${acc}.r[..${i}] + ${v}.doc + ${acc}.r[${i}..], s: ${acc}.s[..${i}] + ${v}.start + ${acc}.s[${i}..], e: ${acc}.e[..${i}] + ${v}.end + ${acc}.e[${i}..]}`;
};

const partsWritten = (write: string) => `
UNWIND $parts AS row
MATCH (a:Slogan {id: row.whole}), (b:Slogan {id: row.part})
${write}
SET h.documents = ${unionSorted('h.documents', 'row.documents')}
WITH h, row, reduce(acc = {r: coalesce(h.reviewed, []), s: coalesce(h.reviewedStarts, []), e: coalesce(h.reviewedEnds, [])},
                    v IN row.reviews | ${withReview('acc', 'v')}) AS reviewed
FOREACH (_ IN CASE WHEN size(row.reviews) = 0 THEN [] ELSE [1] END |
  SET h.reviewed = reviewed.r, h.reviewedStarts = reviewed.s, h.reviewedEnds = reviewed.e)`;

export const BATCH_PARTS = partsWritten(`MERGE (a)-[h:HAS_PART]->(b)
ON CREATE SET h.order = row.order, h.documents = []`);

export const BATCH_PARTS_NEW = partsWritten(`CREATE (a)-[h:HAS_PART]->(b)
SET h.order = row.order, h.documents = []`);

const adoptsWritten = (write: string) => `
UNWIND $adopts AS row
MATCH (p:Place {id: row.place}), (s:Slogan {id: row.slogan})
${write}
SET a.documents = ${unionSorted('a.documents', 'row.documents')},
    a.years = ${unionSorted('a.years', 'row.years')}
SET a.firstYear = a.years[0]`;

export const BATCH_ADOPTS = adoptsWritten(`MERGE (p)-[a:ADOPTS]->(s)
ON CREATE SET a.documents = [], a.years = []`);

export const BATCH_ADOPTS_NEW = adoptsWritten(`CREATE (p)-[a:ADOPTS]->(s)
SET a.documents = [], a.years = []`);

export const BATCH_PROJECTS = `
UNWIND $projects AS row
OPTIONAL MATCH (known:Project {id: row.id})
MERGE (j:Project {id: row.id})
ON CREATE SET j.name = row.name, j.bodyId = row.bodyId, j.pinyin = row.pinyin, j.initials = row.initials, j.aliases = []
WITH j, row, known, ${unionSorted('j.aliases', 'row.aliases')} AS aliases
FOREACH (_ IN CASE WHEN aliases <> j.aliases THEN [1] ELSE [] END | SET j.aliases = aliases)
WITH j, row, known
CALL (j, row) {
  UNWIND row.mentions AS m
  MATCH (d:Document {id: m.docId})
  CREATE (d)-[:MENTIONS {starts: m.starts, ends: m.ends, pages: m.pages, aliases: m.aliases, rule: m.rule, confidence: m.confidence}]->(j)
}
${CREATED}`;

const runsWritten = (write: string) => `
UNWIND $runs AS row
MATCH (body:Place {id: row.body}), (j:Project {id: row.project})
${write}
SET r.years = ${unionSorted('r.years', 'row.years')}`;

export const BATCH_RUNS = runsWritten(`MERGE (body)-[r:RUNS]->(j)
ON CREATE SET r.years = []`);

export const BATCH_RUNS_NEW = runsWritten(`CREATE (body)-[r:RUNS]->(j)
SET r.years = []`);

export const BATCH_OUTCOMES = `
UNWIND $outcomes AS row
MATCH (d:Document {id: row.docId})
CREATE (o:Outcome)
SET o = row { .id, .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year, .start, .end, .page }
CREATE (o)-[:REPORTED_IN]->(d)
WITH o, row
MATCH (j:Project {id: row.projectId})
CREATE (j)-[:HAS_OUTCOME]->(o)`;

export const BATCH_FULFILS = `
UNWIND $fulfils AS row
MATCH (j:Project {id: row.project}), (s:Slogan {id: row.slogan})
CREATE (j)-[:FULFILS {document: row.docId, confidence: row.confidence, rule: row.rule, start: row.start,
                      end: row.end, evidence: row.evidence, page: row.page}]->(s)`;

// Which of the batch's documents are there already, and the older versions of each one's source.
export const FIND_BATCH_VERSIONS = `
UNWIND $docs AS doc
OPTIONAL MATCH (same:Document {id: doc.id})
WITH doc, same
OPTIONAL MATCH (old:Document {sourceKey: doc.sourceKey})
WHERE same IS NULL AND old.id <> doc.id
RETURN doc.id AS id, same IS NOT NULL AS exists, collect(old.id) AS oldIds`;
