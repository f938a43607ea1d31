// A body's slogans in one year and the results its reports of that year give for them:
// the projects that fulfil each slogan and those projects' outcomes.
// @zh 某主体某一年的口号，以及该年报告为这些口号给出的结果：落实各口号的项目及其成果。
// @param place string  the body's id or name (星桥街道)
// @param year integer  the report year (2019)
// @column slogan string  a slogan the body's reports of that year use
// @column projects list<string>  projects of the body fulfilling it
// @column results list<map>  their outcomes: project, text, value, unit, baseValue, baseUnit, status
MATCH (p:Place)
WHERE p.id = $place OR p.name = $place
MATCH (p)<-[:REPORTS_ON]-(d:Document)-[:MENTIONS]->(s:Slogan)
WHERE d.year = $year
WITH DISTINCT p, d, s
OPTIONAL MATCH (j:Project)-[f:FULFILS]->(s)
WHERE f.document = d.id
OPTIONAL MATCH (j)-[:HAS_OUTCOME]->(o:Outcome)-[:REPORTED_IN]->(d)
WITH s, j, collect(o {project: j.name, .text, .value, .unit, .baseValue, .baseUnit, .status}) AS outcomes
WITH s, collect(j.name) AS projects, reduce(all = [], x IN collect(outcomes) | all + x) AS results
RETURN s.name AS slogan, projects, results
ORDER BY size(projects) DESC, slogan
