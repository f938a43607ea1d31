import type { ApolloServerPlugin } from '@apollo/server';
import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestStats {
  cypherQueries: number;
}

const current = new AsyncLocalStorage<RequestStats>();

// Runs the rest of the request (after body parsing, so no stream callback loses the context) with its own counters.
export function requestStatsMiddleware() {
  return (_req: unknown, _res: unknown, next: () => void): void => current.run({ cypherQueries: 0 }, next);
}

/** Counts one Neo4j transaction against the request being served, if any. */
export function countCypherQuery(): void {
  const stats = current.getStore();
  if (stats) stats.cypherQueries++;
}

// Every answer says how many Neo4j transactions it took (extensions.cypherQueries): clients and tests can see batching at work.
export function requestStatsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = current.getStore();
          if (stats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypherQueries: stats.cypherQueries };
          }
        },
      };
    },
  };
}
