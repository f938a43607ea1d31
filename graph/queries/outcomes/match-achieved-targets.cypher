// Targets (力争…) a body set that a later report of the same body gives as achieved:
// same project or same metric (one inside the other), same unit family, reported within five
// years. The pairs are stored as HAS_RESULT when the second of the two documents is written.
// @zh 某主体设定的目标（力争…）在其后的报告中被列为已完成：同一项目或同一指标、同类单位、五年内报告。
// @param place string  the body's id or name (杭州市)
// @column body string  the body
// @column metric string  what was measured
// @column target string  the target as stated
// @column targetYear integer  year of the report setting it
// @column targetValue float  target in the base unit
// @column achieved string  the achievement as stated
// @column achievedYear integer  year of the report giving it
// @column achievedValue float  result in the base unit
// @column baseUnit string  the unit both are in
// @column met boolean  whether the result reaches the target
MATCH (p:Place)
WHERE p.id = $place OR p.name = $place
MATCH (p)<-[:REPORTS_ON]-(td:Document)<-[:REPORTED_IN]-(t:Outcome)-[:HAS_RESULT]->(x:Outcome)-[:REPORTED_IN]->(ad:Document)
RETURN p.name AS body, coalesce(t.metric, x.metric) AS metric, t.text AS target, td.year AS targetYear,
       t.baseValue AS targetValue, x.text AS achieved, ad.year AS achievedYear, x.baseValue AS achievedValue,
       t.baseUnit AS baseUnit, x.baseValue >= t.baseValue AS met
// every column, so rows that sort alike are alike and a page of the answer is always the same rows
ORDER BY body, targetYear, metric, target, achievedYear, achieved, targetValue, achievedValue, baseUnit
