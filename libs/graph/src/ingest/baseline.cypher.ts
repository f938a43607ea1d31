// The bare-write baseline: the same rows as a document's ingestion, written with plain
// UNWIND … MERGE and nothing else (no version check, no derived values), to measure what the
// database alone costs. Used by the ingest bench, never by ingestion.

export const BASELINE_STATEMENTS = [
  `UNWIND $places AS row MERGE (p:Place {id: row.id}) SET p.name = row.name, p.code = row.code, p.level = row.level`,
  `UNWIND $partOf AS row MATCH (c:Place {id: row.child}), (p:Place {id: row.parent}) MERGE (c)-[r:PART_OF]->(p) SET r.since = row.since, r.until = row.until`,
  `MERGE (d:Document {id: $doc.id}) SET d += $doc`,
  `MATCH (d:Document {id: $docId}) UNWIND $placeMentions AS row MATCH (p:Place {id: row.id}) MERGE (d)-[m:MENTIONS]->(p) SET m.starts = row.starts, m.ends = row.ends`,
  `MATCH (d:Document {id: $docId}) UNWIND $slogans AS row MERGE (s:Slogan {id: row.id}) SET s.name = row.name
   MERGE (d)-[m:MENTIONS]->(s) SET m.starts = row.starts, m.ends = row.ends, m.aliases = row.aliases`,
  `UNWIND $parts AS row MATCH (a:Slogan {id: row.whole}), (b:Slogan {id: row.part}) MERGE (a)-[h:HAS_PART]->(b) SET h.order = row.order`,
  `MATCH (d:Document {id: $docId}) UNWIND $projects AS row MERGE (j:Project {id: row.id}) SET j.name = row.name
   MERGE (d)-[m:MENTIONS]->(j) SET m.starts = row.starts, m.ends = row.ends, m.aliases = row.aliases`,
  `MATCH (d:Document {id: $docId}) UNWIND $outcomes AS row MERGE (o:Outcome {id: row.id})
   SET o += row { .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year } MERGE (o)-[:REPORTED_IN]->(d)`,
  `UNWIND $fulfils AS row MATCH (j:Project {id: row.project}), (s:Slogan {id: row.slogan})
   MERGE (j)-[f:FULFILS {document: $docId}]->(s) SET f.confidence = row.confidence, f.evidence = row.evidence`,
];
