// Year-over-year comparison of a body's slogans: new this year, continued from the earlier year, dropped.
// @zh 某主体口号的逐年对比：今年新增、沿用上一年、不再提及。
// @param place string  the body's id or name (杭州市)
// @param year integer  the later report year
// @param previousYear integer  the earlier report year (usually year - 1)
// @column slogan string  a slogan used in either year
// @column status string  new, continued or dropped
MATCH (p:Place)
WHERE p.id = $place OR p.name = $place
MATCH (p)<-[:REPORTS_ON]-(d:Document)-[:MENTIONS]->(s:Slogan)
WHERE d.year IN [$year, $previousYear]
WITH s, collect(DISTINCT d.year) AS years
RETURN s.name AS slogan,
       CASE WHEN $year IN years AND $previousYear IN years THEN 'continued'
            WHEN $year IN years THEN 'new' ELSE 'dropped' END AS status
ORDER BY status, slogan
