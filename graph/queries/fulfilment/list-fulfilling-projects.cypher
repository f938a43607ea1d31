// Projects that fulfil a slogan, with the sentence that says so and the report it comes from.
// @zh 落实某口号的项目，附带说明这一点的句子及其所在报告。
// @param slogan string  the slogan's name or one of its aliases (全域创新)
// @column project string  the project's name
// @column projectId string  its id (body id | name)
// @column body string  the place that runs it
// @column slogan string  the slogan's canonical name
// @column evidence string  the sentence tying the project to the slogan
// @column confidence float  how sure the extraction was
// @column document string  id of the report
// @column year integer  the report's year
CALL () {
  MATCH (s:Slogan {id: $slogan}) RETURN s
  UNION
  // an alias through its keyword full-text index (graph/schema/V0007__name_lookup.cypher), not a scan
  WITH $slogan AS key WHERE key IS NOT NULL
  CALL db.index.fulltext.queryNodes('aliasLookup', '"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS s
  WITH s WHERE s:Slogan AND key IN s.aliases RETURN s
}
MATCH (j:Project)-[f:FULFILS]->(s)
OPTIONAL MATCH (body:Place {id: j.bodyId})
OPTIONAL MATCH (d:Document {id: f.document})
RETURN j.name AS project, j.id AS projectId, body.name AS body, s.name AS slogan, f.evidence AS evidence,
       f.confidence AS confidence, f.document AS document, d.year AS year
ORDER BY year, body, project
