// Targets (力争…) a body set that a later report of the same body gives as achieved:
// same project or same metric, same unit family, reported within five years.
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
MATCH (p)<-[:REPORTS_ON]-(td:Document)<-[:REPORTED_IN]-(t:Outcome {status: 'target'})
MATCH (p)<-[:REPORTS_ON]-(ad:Document)
WHERE td.year < ad.year <= td.year + 5
MATCH (ad)<-[:REPORTED_IN]-(x:Outcome {status: 'achieved'})
WHERE x.baseUnit = t.baseUnit
  AND (EXISTS { (:Project)-[:HAS_OUTCOME]->(t) } AND EXISTS {
         MATCH (j:Project)-[:HAS_OUTCOME]->(t) MATCH (j)-[:HAS_OUTCOME]->(x) }
       OR (t.metric IS NOT NULL AND x.metric IS NOT NULL AND (t.metric CONTAINS x.metric OR x.metric CONTAINS t.metric)))
RETURN p.name AS body, coalesce(t.metric, x.metric) AS metric, t.text AS target, td.year AS targetYear,
       t.baseValue AS targetValue, x.text AS achieved, ad.year AS achievedYear, x.baseValue AS achievedValue,
       t.baseUnit AS baseUnit, x.baseValue >= t.baseValue AS met
ORDER BY body, targetYear, metric
