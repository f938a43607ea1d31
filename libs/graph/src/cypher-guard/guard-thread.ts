// The guard's worker thread: parses and checks queries one at a time, off the caller's event loop.
import { parentPort } from 'node:worker_threads';
import { checkReadOnlyCypher } from './cypher-guard';
import { LEGITIMATE_QUERIES } from './legitimate-queries';
import { warmCypherParser } from './parse-tree';

export interface GuardRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
}

// The parser builds its prediction tables lazily, per construct: the first list comprehension or
// CASE costs seconds on a loaded machine. Pay it here, before the thread says it is ready.
const WARM_UP = [
  ...LEGITIMATE_QUERIES,
  'WITH range(1, 10) AS r RETURN [x IN r WHERE x > 1 | x * 2] AS xs, reduce(s = 0, x IN r | s + x) AS total, any(x IN r WHERE x < 0) AS neg',
  "RETURN CASE WHEN 1 > 0 THEN {a: [1, 2.5, 'x'], b: null} ELSE size(replace('ab', 'a', 'b')) END AS v",
  'MATCH p = (a:Slogan)-[:HAS_PART*1..3]->(b) WHERE a.name IN $names AND NOT b.name STARTS WITH $prefix RETURN p ORDER BY length(p) DESC SKIP 1 LIMIT 5',
  'UNWIND $rows AS row OPTIONAL MATCH (n {id: row.id})<-[r]-() WITH n, count(r) AS c, collect(DISTINCT r.year)[0..3] AS ys RETURN n, c, ys',
];

warmCypherParser();
for (const query of WARM_UP) checkReadOnlyCypher(query);
parentPort?.postMessage({ ready: true });
parentPort?.on('message', ({ id, query, params }: GuardRequest) => {
  let verdict;
  try {
    verdict = checkReadOnlyCypher(query, { params });
  } catch (error) {
    // A stack overflow in the parser is a query too deep to analyse, not a server fault.
    verdict = { ok: false, code: 'TOO_COMPLEX', message: `Query rejected (TOO_COMPLEX): the query could not be analysed (${(error as Error).message}).` };
  }
  parentPort?.postMessage({ id, verdict });
});
