import { GraphQLError } from 'graphql';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CYPHER_REJECTED'
  | 'CYPHER_FAILED'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'INGEST_FAILED'
  | 'DATABASE_UNAVAILABLE';

// Every error a client sees carries extensions.code and a message saying what to change.
export function apiError(code: ApiErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export function notFound(kind: string, key: string): GraphQLError {
  return apiError('NOT_FOUND', `No ${kind} matches "${key}". Use search(text: "${key}") to find the exact name.`);
}
