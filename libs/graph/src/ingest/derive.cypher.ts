// Cypher that recomputes derived edges and properties for what a document touched,
// so the graph after any sequence of writes equals the graph of its current documents.

export const DERIVE_ADOPTS = `
UNWIND $placeIds AS pid
MATCH (p:Place {id: pid})
UNWIND $sloganIds AS sid
MATCH (s:Slogan {id: sid})
CALL (p, s) {
  OPTIONAL MATCH (p)<-[:REPORTS_ON]-(d:Document)-[:MENTIONS]->(s)
  WITH d ORDER BY d.year, d.id
  RETURN collect(d.id) AS documents, collect(d.year) AS years
}
CALL (p, s, documents) {
  WITH p, s, documents WHERE size(documents) = 0
  OPTIONAL MATCH (p)-[a:ADOPTS]->(s)
  DELETE a
}
CALL (p, s, documents, years) {
  WITH p, s, documents, years WHERE size(documents) > 0
  MERGE (p)-[a:ADOPTS]->(s)
  SET a.documents = documents,
      a.years = reduce(ys = [], y IN years | CASE WHEN y IN ys THEN ys ELSE ys + y END),
      a.firstYear = head(years)
}`;

// Aliases are the union of what the documents call it; origin is what the earliest document says;
// kind is the most frequent. A Slogan no document mentions any more is removed.
export const DERIVE_SLOGANS = `
UNWIND $sloganIds AS sid
MATCH (s:Slogan {id: sid})
CALL (s) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(s)
  WITH d, m ORDER BY d.year, d.id
  RETURN count(m) AS mentions, [x IN collect(m.origin) WHERE x IS NOT NULL][0] AS origin
}
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  UNWIND coalesce(m.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  WITH m.kind AS kind, count(m) AS n WHERE kind IS NOT NULL
  WITH kind, n ORDER BY n DESC, kind
  RETURN collect(kind)[0] AS kind
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
