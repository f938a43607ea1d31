// Projects that fulfil a slogan, with the sentence that says so and the report it comes from.
// @param slogan string  the slogan's name or one of its aliases (全域创新)
// @column project string  the project's name
// @column projectId string  its id (body id | name)
// @column body string  the place that runs it
// @column slogan string  the slogan's canonical name
// @column evidence string  the sentence tying the project to the slogan
// @column confidence float  how sure the extraction was
// @column document string  id of the report
// @column year integer  the report's year
MATCH (s:Slogan)
WHERE s.id = $slogan OR $slogan IN s.aliases
MATCH (j:Project)-[f:FULFILS]->(s)
OPTIONAL MATCH (body:Place {id: j.bodyId})
OPTIONAL MATCH (d:Document {id: f.document})
RETURN j.name AS project, j.id AS projectId, body.name AS body, s.name AS slogan, f.evidence AS evidence,
       f.confidence AS confidence, f.document AS document, d.year AS year
ORDER BY year, body, project
