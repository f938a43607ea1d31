import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

const KNOWN = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CYPHER_REJECTED', 'CYPHER_FAILED', 'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE', 'INGEST_FAILED', 'DATABASE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'METHOD_NOT_ALLOWED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logger = new Logger('graphql');

// Known codes pass through; anything else is an internal error: its message goes to the log, not to the caller.
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Apollo's own refusals of a malformed request (a persisted-query hash that does not match) carry a 4xx but no code.
  const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
  if ((!code || code === 'INTERNAL_SERVER_ERROR') && status && status >= 400 && status < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
  }
  logger.error(`internal error at ${formatted.path?.join('.') ?? 'the request'}: ${formatted.message}`);
  return {
    message: 'Internal error; it has been logged.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
