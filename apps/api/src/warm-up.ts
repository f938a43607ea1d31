import { listSavedQueries, warmReads } from '@policy-graph/graph';
import type { ApiDeps } from './api.module';

/**
 * After the server listens (so /health answers at once): runs every read of the explorer and the
 * saved queries once, so the first person to ask after a start is not the one who waits for query
 * planning and cold index pages. Resolves to the reads that failed.
 */
export function warmUp(deps: Pick<ApiDeps, 'executor' | 'options'>, signal?: AbortSignal): Promise<number> {
  return warmReads(deps.executor, listSavedQueries(deps.options.queriesDir), signal);
}
