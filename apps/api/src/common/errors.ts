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
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'METHOD_NOT_ALLOWED';

// Every error a client sees carries extensions.code and a message saying what to change.
export function apiError(code: ApiErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

// A key is echoed back only in part: a megabyte-long id must not come back as a megabyte-long message.
const ECHO_LIMIT = 100;

export function notFound(kind: string, key: string): GraphQLError {
  const shown = key.length > ECHO_LIMIT ? `${key.slice(0, ECHO_LIMIT)}…` : key;
  return apiError('NOT_FOUND', `No ${kind} matches "${shown}". Use search(text: "${shown}") to find the exact name.`);
}
