import type { CypherGuardVerdict } from './cypher-guard';
import { reject } from './cypher-guard.error';
import { findCostlyOperator, type PlanCostLimits, type PlanLike } from './plan-cost';

/**
 * Anything that can run Cypher and hand back a summary: a neo4j-driver Session,
 * Transaction or ManagedTransaction, or an executor exposing the same `run`.
 */
export interface CypherRunner {
  run(
    query: string,
    parameters?: Record<string, unknown>,
  ): PromiseLike<{ summary: { queryType?: string; plan?: PlanLike | false } }>;
}

const READ_ONLY = 'r';

/**
 * Second line of defence after checkReadOnlyCypher: asks the server to plan (not run) the
 * query and requires a read-only query type and a plan without runaway operators.
 * The query text is the analyst's own statement, already accepted by the parser guard;
 * values still travel as parameters.
 */
export async function explainQueryType(
  runner: CypherRunner,
  query: string,
  parameters: Record<string, unknown> = {},
  limits: PlanCostLimits = {},
): Promise<CypherGuardVerdict> {
  const { summary } = await runner.run(`EXPLAIN ${query}`, parameters);
  if (summary.queryType !== READ_ONLY) {
    const message = `the server classifies this query as "${summary.queryType}", not read-only ("r").`;
    return { ok: false, ...reject('NOT_READ_ONLY', message) };
  }
  const costly = summary.plan ? findCostlyOperator(summary.plan, limits) : null;
  return costly ? { ok: false, ...costly } : { ok: true };
}
