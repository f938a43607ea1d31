// How a slogan spread, year by year: how many bodies used it, how many for the first time,
// and which provinces those bodies lie in (a national report counts under no province).
// @zh 口号逐年扩散情况：每年有多少主体使用它、其中多少是首次使用，以及这些主体所在的省份（国家级报告不计入任何省份）。
// @param slogan string  the slogan's name or one of its aliases (最多跑一次)
// @column year integer  report year
// @column adopters integer  bodies whose report of that year uses the slogan
// @column newAdopters integer  of those, the ones using it for the first time
// @column provinces integer  distinct provinces of those bodies
// @column provinceNames list<string>  their names
CALL () {
  MATCH (s:Slogan {id: $slogan}) RETURN s
  UNION
  // an alias through its keyword full-text index (graph/schema/V0007__name_lookup.cypher), not a scan
  WITH $slogan AS key WHERE key IS NOT NULL
  CALL db.index.fulltext.queryNodes('aliasLookup', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS s
  WITH s WHERE s:Slogan AND key IN s.aliases RETURN s
}
MATCH (p:Place)-[a:ADOPTS]->(s)
UNWIND a.years AS year
OPTIONAL MATCH (p)-[:PART_OF*0..3]->(province:Province)
WITH year, p, a, head(collect(DISTINCT province.name)) AS province
WITH year, count(p) AS adopters, sum(CASE WHEN a.firstYear = year THEN 1 ELSE 0 END) AS newAdopters,
     collect(DISTINCT province) AS provinceNames
RETURN year, adopters, newAdopters, size(provinceNames) AS provinces, provinceNames
ORDER BY year
