// Coded errors of the graph layer: callers branch on `code`, people read `message`.
export const GRAPH_ERROR_CODES = [
  'NEO4J_UNAVAILABLE',
  'AUTH_FAILED',
  'FORBIDDEN',
  'SYNTAX_ERROR',
  'INVALID_QUERY',
  'CONSTRAINT_VIOLATION',
  'TIMEOUT',
  'MEMORY_LIMIT',
  'DATABASE_NOT_FOUND',
  'TRANSIENT',
  'MIGRATION_FAILED',
  'MIGRATION_CHECKSUM_MISMATCH',
  'PORT_IN_USE',
  'STORE_LOCKED',
  'START_FAILED',
  'START_TIMEOUT',
  'STOP_FAILED',
  'BAD_CORRECTION',
  'BAD_BOOKMARK',
  'GRAPH_ERROR',
] as const;

export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isGraphError(error: unknown, code?: GraphErrorCode): error is GraphError {
  return error instanceof GraphError && (code === undefined || error.code === code);
}
