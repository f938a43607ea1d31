import type { ApolloServerPlugin } from '@apollo/server';
import { recordErrors, recordOf } from '../logging/request-record';
import { errorsByCode, operationLabel, requestDuration } from '../metrics/metrics';
import type { GqlContext } from './request-context';

/**
 * What each GraphQL answer tells the request log and the metrics: the operation, its duration, the
 * Neo4j transactions it ran (the request's own count, see request-context.ts) and its errors' codes.
 */
export function observePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operation, operationName }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) errorsByCode.inc({ code });
          const name = operationName ?? operation?.name?.value ?? null;
          requestDuration.observe({ operation: operationLabel(name) }, Number(process.hrtime.bigint() - started) / 1e9);
          const req = contextValue.req;
          if (!req) return;
          const record = recordOf(req);
          record.operation = name ?? 'anonymous';
          if (operation) record.operationType = operation.operation;
          record.cypherQueries = contextValue.stats.cypherQueries;
          recordErrors(req, codes);
        },
      };
    },
  };
}
