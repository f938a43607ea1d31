import { KIND_RANK, LEVEL_RANK } from './write.cypher';

// Full recomputation of derived edges and properties, for what an older version of a document
// touched once it is removed. Gives the same values the incremental writes build (sorted lists,
// maximum origin and kind), so a replaced document leaves the graph of its current documents.

export const DERIVE_ADOPTS = `
UNWIND $placeIds AS pid
MATCH (p:Place {id: pid})
CALL (p) {
  MATCH (p)<-[:REPORTS_ON]-(d:Document)-[m:MENTIONS]->(s:Slogan)
  WHERE s.id IN $sloganIds AND m.adopts IS NULL
  WITH s, d ORDER BY d.id
  WITH s.id AS sid, collect(d.id) AS documents, collect(DISTINCT d.year) AS years
  // one row even when the place has no document left: its ADOPTS must then go
  RETURN collect({sid: sid, documents: documents, years: years}) AS found
}
WITH p, found
UNWIND $sloganIds AS sid
MATCH (s:Slogan {id: sid})
WITH p, s, [f IN found WHERE f.sid = sid][0] AS f
CALL (p, s, f) {
  WITH p, s, f WHERE f IS NULL
  OPTIONAL MATCH (p)-[a:ADOPTS]->(s)
  DELETE a
}
CALL (p, s, f) {
  WITH p, s, f WHERE f IS NOT NULL
  UNWIND CASE WHEN size(f.years) = 0 THEN [null] ELSE f.years END AS y
  WITH p, s, f, y ORDER BY y
  WITH p, s, f, [x IN collect(y) WHERE x IS NOT NULL] AS years
  MERGE (p)-[a:ADOPTS]->(s)
  SET a.documents = f.documents, a.years = years, a.firstYear = years[0]
}`;

// A Slogan no document mentions any more is removed, with its edges.
export const DERIVE_SLOGANS = `
UNWIND $sloganIds AS sid
MATCH (s:Slogan {id: sid})
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  WITH m ORDER BY coalesce(${LEVEL_RANK}[m.origin], 0) DESC
  WITH collect(m) AS ms
  RETURN size(ms) AS mentions, [x IN ms WHERE x.origin IS NOT NULL][0].origin AS origin
}
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  WITH m ORDER BY coalesce(${KIND_RANK}[m.kind], 0) DESC
  RETURN [x IN collect(m) WHERE x.kind IS NOT NULL][0].kind AS kind
}
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  UNWIND coalesce(m.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (s, mentions, aliases, origin, kind) {
  WITH s, mentions, aliases, origin, kind WHERE mentions > 0
  SET s.aliases = aliases, s.origin = origin, s.kind = kind
}
CALL (s, mentions) {
  WITH s, mentions WHERE mentions = 0
  DETACH DELETE s
}`;

export const DERIVE_PROJECTS = `
UNWIND $projectIds AS pid
MATCH (j:Project {id: pid})
CALL (j) {
  OPTIONAL MATCH (d:Document)-[:MENTIONS]->(j)
  WITH d ORDER BY d.year
  RETURN count(d) AS mentions, collect(DISTINCT d.year) AS years
}
CALL (j) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(j)
  UNWIND coalesce(m.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (j, mentions, years, aliases) {
  WITH j, mentions, years, aliases WHERE mentions > 0
  SET j.aliases = aliases
  WITH j, years
  MATCH (p:Place {id: j.bodyId})
  MERGE (p)-[r:RUNS]->(j)
  SET r.years = years
}
CALL (j, mentions) {
  WITH j, mentions WHERE mentions = 0
  DETACH DELETE j
}`;
