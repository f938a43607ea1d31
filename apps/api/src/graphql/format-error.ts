import type { GraphQLFormattedError } from 'graphql';

const KNOWN = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CYPHER_REJECTED', 'CYPHER_FAILED', 'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE', 'INGEST_FAILED', 'DATABASE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

// Known codes pass through; anything else is an internal error, without stack traces.
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: `Internal error: ${formatted.message}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
