export { checkReadOnlyCypher, assertReadOnlyCypher } from './cypher-guard';
export type { CypherGuardOptions, CypherGuardVerdict } from './cypher-guard';
export { warmCypherParser } from './parse-tree';
export { CypherGuardError } from './cypher-guard.error';
export type { CypherGuardCode, CypherRejection } from './cypher-guard.error';
export { explainQueryType } from './explain-check';
export type { CypherRunner } from './explain-check';
export { findCostlyOperator, DEFAULT_PLAN_COST_LIMITS } from './plan-cost';
export type { PlanCostLimits, PlanLike } from './plan-cost';
export { ALLOWED_PROCEDURES, ALLOWED_FUNCTION_NAMESPACES } from './allow-lists';
// Reference query sets: what the console must refuse (with the reason) and must run.
export { HOSTILE_QUERIES } from './hostile-queries';
export { LEGITIMATE_QUERIES } from './legitimate-queries';
export { COSTLY_QUERIES, COSTLY_QUERY_PARAMS } from './costly-queries';
export { DEFAULT_LIST_BOUNDS } from './list-bounds';
export type { ListBounds } from './list-bounds';
export { DEFAULT_TEXT_BOUNDS } from './text-bounds';
export { CypherGuardWorker } from './guard-worker';
export type { GuardWorkerOptions } from './guard-worker';
