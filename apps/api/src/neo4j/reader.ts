import type { CypherReader, Neo4jExecutor } from '@policy-graph/graph';
import { mapGraphError } from './driver-errors';

// The read services' view of the executor: plain rows, driver errors already mapped for GraphQL.
export function readerOf(executor: Neo4jExecutor, timeoutMs: number): CypherReader {
  return {
    read: (query, params) =>
      executor.read(query, params, { metadata: { purpose: 'api' }, timeoutMs }).catch((error: unknown) => {
        throw mapGraphError(error, timeoutMs);
      }),
  };
}
