import { DEFAULT_SAVED_QUERIES_DIR, Neo4jExecutor, findSavedQuery, runSavedQuery } from '@policy-graph/graph';

// Runs a saved query from graph/queries by name, the way the API does.
export function savedQuery<T = Record<string, unknown>>(executor: Neo4jExecutor, name: string, params: Record<string, unknown>): Promise<T[]> {
  return runSavedQuery<T>(executor, findSavedQuery(DEFAULT_SAVED_QUERIES_DIR, name), params);
}
