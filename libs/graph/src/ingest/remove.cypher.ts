// Cypher that finds a document's identity and removes an older version of the same source.

// Taken first in a document's transaction, on its source and its id: concurrent writers of either wait
// here until the first commits, then see its document (V0008 makes the MERGE wait).
export const LOCK_SOURCE = `
UNWIND $keys AS key
MERGE (l:SourceLock {key: key})
RETURN count(l) AS locked`;

// The lock nodes leave with the transaction; the lock itself is held until it commits.
export const UNLOCK_SOURCE = `
MATCH (l:SourceLock) WHERE l.key IN $keys
DELETE l`;

export const FIND_VERSIONS = `
OPTIONAL MATCH (same:Document {id: $docId})
WITH same
OPTIONAL MATCH (old:Document {sourceKey: $sourceKey})
WHERE same IS NULL AND old.id <> $docId
RETURN same IS NOT NULL AS exists, collect(old.id) AS oldIds`;

// Deletes an old version and its own facts; returns what the derived edges must be recomputed for.
export const REMOVE_VERSION = `
MATCH (old:Document {id: $oldId})
OPTIONAL MATCH (old)-[:REPORTS_ON]->(p:Place)
WITH old, collect(p.id) AS places
OPTIONAL MATCH (old)-[:MENTIONS]->(s:Slogan)
WITH old, places, collect(s.id) AS slogans
OPTIONAL MATCH (old)-[:MENTIONS]->(j:Project)
WITH old, places, slogans, collect(j.id) AS projects
CALL (old) {
  MATCH (o:Outcome)-[:REPORTED_IN]->(old)
  DETACH DELETE o
}
CALL (old) {
  MATCH (old)-[:MENTIONS]->(:Project)-[f:FULFILS]->()
  WHERE f.document = old.id
  DELETE f
}
CALL (old) {
  MATCH (old)-[:MENTIONS]->(:Slogan)-[h:HAS_PART]->()
  WHERE old.id IN h.documents
  SET h.documents = [x IN h.documents WHERE x <> old.id]
  WITH h, [i IN range(0, size(coalesce(h.reviewed, [])) - 1) WHERE h.reviewed[i] <> old.id] AS keep
  FOREACH (_ IN CASE WHEN h.reviewed IS NULL OR size(keep) = size(h.reviewed) THEN [] ELSE [1] END |
    SET h.reviewed = CASE WHEN size(keep) = 0 THEN null ELSE [i IN keep | h.reviewed[i]] END,
        h.reviewedStarts = CASE WHEN size(keep) = 0 THEN null ELSE [i IN keep | h.reviewedStarts[i]] END,
        h.reviewedEnds = CASE WHEN size(keep) = 0 THEN null ELSE [i IN keep | h.reviewedEnds[i]] END)
  WITH h WHERE size(h.documents) = 0
  DELETE h
}
DETACH DELETE old
RETURN places, slogans, projects`;
