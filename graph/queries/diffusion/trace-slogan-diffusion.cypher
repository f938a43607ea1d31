// Diffusion of a slogan: every body that adopted it, in which years, where it sits, and who came first.
// @zh 口号的扩散：采用它的每个主体、采用年份、所在位置，以及谁最先采用。
// @param slogan string  the slogan's name or one of its aliases (全域美丽)
// @column slogan string  the slogan's canonical name
// @column place string  the adopting body (a street, district, city or province)
// @column placeId string  its id (gazetteer code where known)
// @column level string  province, city, district or street
// @column parent string  the body it belonged to when it first adopted the slogan
// @column province string  the province it lies in
// @column firstYear integer  first year a report of this body uses the slogan
// @column years list<integer>  every year its reports use it
// @column documents list<string>  ids of those reports
// @column first boolean  true for the earliest adopter(s)
CALL () {
  MATCH (s:Slogan {id: $slogan}) RETURN s
  UNION
  // an alias through its keyword full-text index (graph/schema/V0007__name_lookup.cypher), not a scan
  WITH $slogan AS key WHERE key IS NOT NULL
  CALL db.index.fulltext.queryNodes('aliasLookup', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS s
  WITH s WHERE s:Slogan AND key IN s.aliases RETURN s
}
MATCH (p:Place)-[a:ADOPTS]->(s)
OPTIONAL MATCH (p)-[m:PART_OF]->(parent:Place)
WHERE a.firstYear IS NULL
   OR ((m.since IS NULL OR m.since <= a.firstYear) AND (m.until IS NULL OR m.until >= a.firstYear))
OPTIONAL MATCH (p)-[:PART_OF*0..3]->(province:Province)
WITH s, p, a, head(collect(DISTINCT parent.name)) AS parent, head(collect(DISTINCT province.name)) AS province
WITH s, collect({p: p, a: a, parent: parent, province: province}) AS rows, min(a.firstYear) AS earliest
UNWIND rows AS row
RETURN s.name AS slogan, row.p.name AS place, row.p.id AS placeId, row.p.level AS level,
       row.parent AS parent, row.province AS province, row.a.firstYear AS firstYear,
       row.a.years AS years, row.a.documents AS documents, row.a.firstYear = earliest AS first
ORDER BY firstYear, place
