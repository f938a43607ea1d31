// Targets and the results later reports give for them, as ingestion now pairs them when it writes
// a document (libs/graph/src/ingest/target-results.ts), for the documents written before it did: a
// target and an achieved outcome of documents on the same place, the result one to five years
// later, in the same unit family, of the same project or with one metric inside the other.
// MERGE, so documents already paired as they were written are not paired twice.
MATCH (p:Place)
WHERE EXISTS { (p)<-[:REPORTS_ON]-(:Document) }
CALL (p) {
  // The same metric, one inside the other, in the same unit family. The place's targets and
  // results are bucketed by unit family first (a bucket with only one side has no pairs); in a
  // bucket each outcome is put under its own metric and under each metric of the other side that
  // is a part of its own, so pairs come from grouping on the metric instead of from comparing every
  // target with every result: linear in the place's outcomes (a metric of n characters has n² / 2
  // parts, and only parts starting with the first two characters of a metric of the other side
  // are looked up).
  MATCH (p)<-[:REPORTS_ON]-(d:Document)<-[:REPORTED_IN]-(o:Outcome)
  WHERE o.status IN ['target', 'achieved'] AND o.metric IS NOT NULL AND o.baseUnit IS NOT NULL
  WITH o.baseUnit AS unit, collect({o: o, d: d, y: d.year, m: o.metric, target: o.status = 'target'}) AS outcomes
  WITH unit, [e IN outcomes WHERE e.target] AS targets, [e IN outcomes WHERE NOT e.target] AS results
  WHERE size(targets) > 0 AND size(results) > 0
  WITH unit, targets, results, [e IN targets | e.m] AS targetMetrics, [e IN results | e.m] AS resultMetrics
  WITH unit, targets + results AS outcomes, targetMetrics, resultMetrics,
       [m IN targetMetrics WHERE size(m) >= 2 | left(m, 2)] AS targetHeads,
       [m IN resultMetrics WHERE size(m) >= 2 | left(m, 2)] AS resultHeads,
       any(m IN targetMetrics WHERE size(m) < 2) AS shortTargets,
       any(m IN resultMetrics WHERE size(m) < 2) AS shortResults
  // one row per outcome, a bucket after another: each bucket's lists are looked up as sets
  UNWIND outcomes AS e
  WITH unit, e,
       CASE WHEN e.target THEN resultMetrics ELSE targetMetrics END AS others,
       CASE WHEN e.target THEN resultHeads ELSE targetHeads END AS heads,
       CASE WHEN e.target THEN shortResults ELSE shortTargets END AS short
  WITH unit, e,
       // metrics under two characters (a reviewer's) are parts of many: looked for only where there are any
       CASE WHEN short THEN [k IN [''] + [i IN range(0, size(e.m) - 1) | substring(e.m, i, 1)] WHERE k IN others] ELSE [] END +
       reduce(found = [], i IN [i IN range(0, size(e.m) - 2) WHERE substring(e.m, i, 2) IN heads] |
         found + [k IN [j IN range(i + 2, size(e.m)) | substring(e.m, i, j - i)] WHERE k IN others]) AS within
  UNWIND [{key: e.m, exact: true}] + [k IN within | {key: k, exact: false}] AS entry
  WITH unit, entry.key AS key,
       collect(CASE WHEN e.target AND NOT entry.exact THEN e END) AS targetsWithin,
       collect(CASE WHEN e.target AND entry.exact THEN e END) AS targetsExact,
       collect(CASE WHEN NOT e.target AND NOT entry.exact THEN e END) AS resultsWithin,
       collect(CASE WHEN NOT e.target AND entry.exact THEN e END) AS resultsExact
  // a result counts within five years after its target
  UNWIND [t IN targetsWithin | [x IN resultsExact WHERE t.y < x.y <= t.y + 5 | [t, x]]]
       + [t IN targetsExact | [x IN resultsWithin WHERE t.y < x.y <= t.y + 5 | [t, x]]] AS pairs
  UNWIND pairs AS pair
  RETURN pair[0].o AS t, pair[1].o AS x
  UNION
  // The same project: walked from each target, so only that project's results are looked at.
  MATCH (p)<-[:REPORTS_ON]-(td:Document)<-[:REPORTED_IN]-(t:Outcome {status: 'target'})
        <-[:HAS_OUTCOME]-(:Project)-[:HAS_OUTCOME]->(x:Outcome {status: 'achieved'})-[:REPORTED_IN]->(ad:Document)-[:REPORTS_ON]->(p)
  WHERE x.baseUnit = t.baseUnit AND td.year < ad.year <= td.year + 5
  RETURN t, x
}
WITH DISTINCT t, x
MERGE (t)-[:HAS_RESULT]->(x);
