// Targets (力争…) a body set that a later report of the same body gives as achieved:
// same project or same metric, same unit family, reported within five years. Grows with the
// body's outcomes, not with targets × results.
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
CALL (p) {
  // The same metric, one inside the other. The place's results are grouped once by unit and report,
  // so a target is compared only with the results in its unit from the five reports after it.
  MATCH (p)<-[:REPORTS_ON]-(ad:Document)<-[:REPORTED_IN]-(x:Outcome {status: 'achieved'})
  WHERE x.metric IS NOT NULL AND x.baseUnit IS NOT NULL
  WITH x.baseUnit AS unit, ad, collect(x) AS results
  WITH collect({unit: unit, ad: ad, results: results}) AS buckets
  MATCH (p)<-[:REPORTS_ON]-(td:Document)<-[:REPORTED_IN]-(t:Outcome {status: 'target'})
  WHERE t.metric IS NOT NULL
  UNWIND [b IN buckets WHERE b.unit = t.baseUnit AND td.year < b.ad.year <= td.year + 5] AS b
  UNWIND [x IN b.results WHERE t.metric CONTAINS x.metric OR x.metric CONTAINS t.metric] AS x
  RETURN t, td, x, b.ad AS ad
  UNION
  // The same project: walked from each target, so only that project's results are looked at.
  MATCH (p)<-[:REPORTS_ON]-(td:Document)<-[:REPORTED_IN]-(t:Outcome {status: 'target'})
        <-[:HAS_OUTCOME]-(:Project)-[:HAS_OUTCOME]->(x:Outcome {status: 'achieved'})-[:REPORTED_IN]->(ad:Document)-[:REPORTS_ON]->(p)
  WHERE x.baseUnit = t.baseUnit AND td.year < ad.year <= td.year + 5
  RETURN t, td, x, ad
}
RETURN p.name AS body, coalesce(t.metric, x.metric) AS metric, t.text AS target, td.year AS targetYear,
       t.baseValue AS targetValue, x.text AS achieved, ad.year AS achievedYear, x.baseValue AS achievedValue,
       t.baseUnit AS baseUnit, x.baseValue >= t.baseValue AS met
ORDER BY body, targetYear, metric
