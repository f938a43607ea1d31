// The guard's worker thread: parses and checks queries one at a time, off the caller's event loop.
import { parentPort } from 'node:worker_threads';
import { checkReadOnlyCypher } from './cypher-guard';
import { warmCypherParser } from './parse-tree';

export interface GuardRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
}

warmCypherParser();
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
