import { reject, type CypherRejection } from './cypher-guard.error';

/** The part of neo4j-driver's `Plan` the cost check reads. */
export interface PlanLike {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanLike[];
}

export interface PlanCostLimits {
  /** Reject when any operator expects more rows than this. */
  maxEstimatedRows?: number;
  /** Reject a CartesianProduct expecting more rows than this: small products of index lookups are fine. */
  maxCartesianRows?: number;
}

export const DEFAULT_PLAN_COST_LIMITS: Required<PlanCostLimits> = {
  maxEstimatedRows: 1_000_000,
  maxCartesianRows: 10_000,
};

function estimatedRows(plan: PlanLike): number {
  const value = plan.arguments['EstimatedRows'];
  if (typeof value === 'number') return value;
  if (value && typeof (value as { toNumber?: unknown }).toNumber === 'function') {
    return (value as { toNumber(): number }).toNumber();
  }
  return Number(value ?? 0);
}

function operatorName(plan: PlanLike): string {
  return plan.operatorType.split('@')[0];
}

function cartesianTooLarge(plan: PlanLike, limits: Required<PlanCostLimits>): CypherRejection | null {
  const rows = estimatedRows(plan);
  if (operatorName(plan) !== 'CartesianProduct' || rows <= limits.maxCartesianRows) return null;
  return reject(
    'COSTLY_PLAN',
    `the plan multiplies unrelated patterns (CartesianProduct, about ${Math.round(rows)} rows; limit ${limits.maxCartesianRows}). Connect the patterns or narrow each side.`,
  );
}

function rowsTooMany(plan: PlanLike, limits: Required<PlanCostLimits>): CypherRejection | null {
  const rows = estimatedRows(plan);
  if (rows <= limits.maxEstimatedRows) return null;
  return reject(
    'COSTLY_PLAN',
    `the planner expects about ${Math.round(rows)} rows at ${operatorName(plan)} (limit ${limits.maxEstimatedRows}). Add labels, WHERE conditions or a bounded path length.`,
  );
}

function firstInPlan(plan: PlanLike, check: (operator: PlanLike) => CypherRejection | null): CypherRejection | null {
  const here = check(plan);
  if (here) return here;
  for (const child of plan.children) {
    const found = firstInPlan(child, check);
    if (found) return found;
  }
  return null;
}

/**
 * The first operator of an EXPLAIN plan that promises a runaway read: a large
 * CartesianProduct (reported first, as the usual cause), else any operator whose
 * estimated rows exceed the limit. Estimates come from the live graph's statistics.
 */
export function findCostlyOperator(plan: PlanLike, limits: PlanCostLimits = {}): CypherRejection | null {
  const resolved = { ...DEFAULT_PLAN_COST_LIMITS, ...limits };
  return (
    firstInPlan(plan, (operator) => cartesianTooLarge(operator, resolved)) ??
    firstInPlan(plan, (operator) => rowsTooMany(operator, resolved))
  );
}
