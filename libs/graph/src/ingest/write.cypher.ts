// Cypher that writes one document's rows; every statement is one batched UNWIND.

export const WRITE_PLACES = `
CALL {
  UNWIND $places AS row
  MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.code = row.code, p.level = row.level,
                p.pinyin = row.pinyin, p.initials = row.initials
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
  CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends}]->(p)
}`;

export const WRITE_SLOGANS = `
MATCH (d:Document {id: $docId})
CALL (d) {
  UNWIND $slogans AS row
  MERGE (s:Slogan {id: row.id})
  ON CREATE SET s.name = row.name, s.pinyin = row.pinyin, s.initials = row.initials
  CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases,
                         kind: row.kind, origin: row.origin}]->(s)
}
CALL {
  UNWIND $parts AS row
  MATCH (a:Slogan {id: row.whole}), (b:Slogan {id: row.part})
  MERGE (a)-[h:HAS_PART]->(b)
  ON CREATE SET h.order = row.order, h.documents = []
  SET h.documents = [x IN h.documents WHERE x < $docId] + $docId + [x IN h.documents WHERE x > $docId]
}`;

export const WRITE_PROJECTS = `
MATCH (d:Document {id: $docId})
UNWIND $projects AS row
MERGE (j:Project {id: row.id})
ON CREATE SET j.name = row.name, j.bodyId = row.bodyId, j.pinyin = row.pinyin, j.initials = row.initials
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases}]->(j)`;

export const WRITE_OUTCOMES = `
MATCH (d:Document {id: $docId})
CALL (d) {
  UNWIND $outcomes AS row
  CREATE (o:Outcome)
  SET o = row { .id, .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year, .start, .end }
  CREATE (o)-[:REPORTED_IN]->(d)
  WITH o, row
  MATCH (j:Project {id: row.projectId})
  CREATE (j)-[:HAS_OUTCOME]->(o)
}
CALL {
  UNWIND $fulfils AS row
  MATCH (j:Project {id: row.project}), (s:Slogan {id: row.slogan})
  CREATE (j)-[:FULFILS {document: $docId, confidence: row.confidence, start: row.start,
                        end: row.end, evidence: row.evidence}]->(s)
}`;
