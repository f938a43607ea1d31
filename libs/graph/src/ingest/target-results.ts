import neo4j, { isInt, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { LOCK_SOURCE, UNLOCK_SOURCE } from './remove.cypher';

// A target a body sets (力争…) and a result a later report of the same body gives: stored as
// (target:Outcome)-[:HAS_RESULT]->(result:Outcome) in the transaction that writes the second of
// the two documents, so outcomes/match-achieved-targets reads pairs instead of finding them. A pair
// is a target and an achieved outcome of documents reporting on the same place, the result reported
// one to five years after the target, in the same unit family (baseUnit), and either of the same
// project or with one metric inside the other (新增就业岗位 in 全年新增就业岗位). Outcomes are never
// changed once written (a document written again gets new ones), so a pair leaves with either end.

/** Years after its target within which a result counts. */
export const RESULT_WITHIN_YEARS = 5;

export interface PairedOutcome {
  id: string;
  target: boolean;
  metric: string | null;
  baseUnit: string;
  projects: string[];
}

export interface PairedDocument {
  id: string;
  place: string;
  year: number;
  /** written in this transaction: only pairs with an end in such a document are new */
  written: boolean;
  outcomes: PairedOutcome[];
}

interface Entry {
  outcome: PairedOutcome;
  year: number;
  written: boolean;
}

function related(t: PairedOutcome, x: PairedOutcome): boolean {
  if (t.metric !== null && x.metric !== null && (t.metric.includes(x.metric) || x.metric.includes(t.metric))) return true;
  return t.projects.some((p) => x.projects.includes(p));
}

/** The pairs [target id, result id] with an end in a written document, each once. */
export function resultPairs(documents: PairedDocument[], within = RESULT_WITHIN_YEARS): Array<[string, string]> {
  const buckets = new Map<string, { targets: Entry[]; results: Entry[]; writtenResults: Entry[] }>();
  for (const d of documents) {
    for (const outcome of d.outcomes) {
      const key = `${d.place}\u0000${outcome.baseUnit}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { targets: [], results: [], writtenResults: [] }));
      const entry = { outcome, year: d.year, written: d.written };
      if (outcome.target) bucket.targets.push(entry);
      else {
        bucket.results.push(entry);
        if (d.written) bucket.writtenResults.push(entry);
      }
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const { targets, results, writtenResults } of buckets.values()) {
    for (const t of targets) {
      // a target already in the graph meets only the written results: its pairs with the others are there
      for (const x of t.written ? results : writtenResults) {
        if (t.year < x.year && x.year <= t.year + within && related(t.outcome, x.outcome)) pairs.push([t.outcome.id, x.outcome.id]);
      }
    }
  }
  return pairs;
}

const SUBJECTS = `
UNWIND $docIds AS id
MATCH (:Document {id: id})-[:REPORTS_ON]->(p:Place)
RETURN collect(DISTINCT p.id) AS places`;

// What the written documents can pair with, grouped by document: all their own targets and results;
// of their places' other documents, the targets of the years before a written one and the results
// of the years after it, within the years a pair can span.
const PAIRABLE = `
UNWIND $docIds AS id
MATCH (w:Document {id: id})-[:REPORTS_ON]->(p:Place)
WHERE w.year IS NOT NULL
WITH p, collect(w.year) AS years
MATCH (p)<-[:REPORTS_ON]-(d:Document)
WHERE d.year IS NOT NULL
WITH p, d, d.id IN $docIds AS written,
     any(y IN years WHERE y - $within <= d.year < y) AS targets,
     any(y IN years WHERE y < d.year <= y + $within) AS results
WHERE written OR targets OR results
CALL (d, written, targets, results) {
  MATCH (d)<-[:REPORTED_IN]-(o:Outcome)
  WHERE o.baseUnit IS NOT NULL
    AND CASE o.status WHEN 'target' THEN written OR targets WHEN 'achieved' THEN written OR results ELSE false END
  RETURN collect([o.id, o.status = 'target', o.metric, o.baseUnit, [(j:Project)-[:HAS_OUTCOME]->(o) | j.id]]) AS outcomes
}
RETURN p.id AS place, d.id AS doc, d.year AS year, outcomes`;

const CREATE_PAIRS = `
UNWIND $pairs AS pair
MATCH (t:Outcome {id: pair[0]})
MATCH (x:Outcome {id: pair[1]})
CREATE (t)-[:HAS_RESULT]->(x)`;

const toNumber = (v: unknown) => (isInt(v) ? v.toNumber() : (v as number));

/**
 * Pairs the targets and results of documents written in this transaction with each other and with
 * those of earlier documents of the same places. Each place is locked first, so two writers of one
 * place's documents pair in turn and the second sees the first's outcomes.
 */
export async function pairTargetResults(
  tx: ManagedTransaction,
  run: (query: string, params: Record<string, unknown>) => Promise<QueryResult>,
  docIds: string[],
): Promise<void> {
  if (!docIds.length) return;
  const subjects = await tx.run(SUBJECTS, { docIds });
  const places = (subjects.records[0]?.get('places') as string[] | undefined) ?? [];
  if (!places.length) return;
  const keys = places.map((id) => `place:${id}`).sort();
  await tx.run(LOCK_SOURCE, { keys });
  const written = new Set(docIds);
  const found = await tx.run(PAIRABLE, { docIds, within: neo4j.int(RESULT_WITHIN_YEARS) });
  const documents: PairedDocument[] = found.records.map((r) => ({
    id: r.get('doc') as string,
    place: r.get('place') as string,
    year: toNumber(r.get('year')),
    written: written.has(r.get('doc') as string),
    outcomes: (r.get('outcomes') as Array<[string, boolean, string | null, string, string[]]>).map(([id, target, metric, baseUnit, projects]) => ({ id, target, metric, baseUnit, projects })),
  }));
  const pairs = resultPairs(documents);
  if (pairs.length) await run(CREATE_PAIRS, { pairs });
  await tx.run(UNLOCK_SOURCE, { keys });
}
