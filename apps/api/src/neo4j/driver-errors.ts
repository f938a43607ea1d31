import { GraphQLError } from 'graphql';
import { GraphError } from '@policy-graph/graph';
import { apiError } from '../common/errors';

// Graph-layer errors become API errors in one place, with a message saying what to do.
export function mapGraphError(error: unknown, timeoutMs?: number): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof GraphError)) return apiError('CYPHER_FAILED', (error as Error)?.message ?? String(error));
  switch (error.code) {
    case 'TIMEOUT':
      return apiError('QUERY_TIMEOUT', `The query ran longer than ${timeoutMs ?? 'the allowed'} ms and was stopped. Narrow the MATCH or add a LIMIT.`);
    case 'NEO4J_UNAVAILABLE':
    case 'AUTH_FAILED':
      return apiError('DATABASE_UNAVAILABLE', error.message);
    case 'FORBIDDEN':
      return apiError('CYPHER_REJECTED', `Neo4j refused to run this in a read transaction: ${firstLine(error.message)}`, { reason: 'NOT_READ_ONLY' });
    case 'SYNTAX_ERROR':
    case 'INVALID_QUERY':
      return apiError('CYPHER_FAILED', `Neo4j refused the query: ${firstLine(error.message)}`, { neo4jCode: error.code });
    default:
      return apiError('CYPHER_FAILED', firstLine(error.message), { neo4jCode: error.code });
  }
}

const firstLine = (s: string) => s.split('\n')[0];
