import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { GraphError } from '@policy-graph/graph';
import { apiError } from '../common/errors';

const logger = new Logger('graph');

// Graph-layer errors become API errors in one place, with a message saying what to do.
// The database's own wording (addresses, internals) stays in the server's log; callers get what to do.
export function mapGraphError(error: unknown, timeoutMs?: number): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof GraphError)) {
    logger.warn(`unexpected error from the graph layer: ${(error as Error)?.message ?? String(error)}`);
    return apiError('CYPHER_FAILED', 'The query failed in the database; try again or simplify it.');
  }
  switch (error.code) {
    case 'TIMEOUT':
      return apiError('QUERY_TIMEOUT', `The query ran longer than ${timeoutMs ?? 'the allowed'} ms and was stopped. Narrow the MATCH or add a LIMIT.`);
    case 'MEMORY_LIMIT':
      return apiError('QUERY_TOO_COMPLEX', 'The query needed more memory than one transaction may use. Return fewer or smaller values, or aggregate.');
    case 'NEO4J_UNAVAILABLE':
    case 'AUTH_FAILED':
      logger.warn(`Neo4j unavailable: ${error.message}`);
      return apiError('DATABASE_UNAVAILABLE', 'The database does not answer at the moment; try again shortly.');
    case 'BAD_BOOKMARK':
      return apiError('BAD_USER_INPUT', `x-neo4j-bookmark: the database does not know this bookmark. Send back the header's value from an earlier answer of this API, or leave it out.`);
    case 'FORBIDDEN':
      return apiError('CYPHER_REJECTED', `Neo4j refused to run this in a read transaction: ${firstLine(error.message)}`, { reason: 'NOT_READ_ONLY' });
    case 'SYNTAX_ERROR':
    case 'INVALID_QUERY':
      return apiError('CYPHER_FAILED', `Neo4j refused the query: ${firstLine(error.message)}`, { neo4jCode: error.code });
    default:
      logger.warn(`graph error ${error.code}: ${firstLine(error.message)}`);
      return apiError('CYPHER_FAILED', 'The query failed in the database; try again or simplify it.', { neo4jCode: error.code });
  }
}

const firstLine = (s: string) => s.split('\n')[0];
