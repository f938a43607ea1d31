import { Neo4jError } from 'neo4j-driver';
import { GraphError, GraphErrorCode } from './graph-error';

// Neo4j status codes (Neo.<Classification>.<Category>.<Title>) and driver codes, mapped once here.
const EXACT: Record<string, GraphErrorCode> = {
  ServiceUnavailable: 'NEO4J_UNAVAILABLE',
  SessionExpired: 'NEO4J_UNAVAILABLE',
  'Neo.ClientError.Security.Unauthorized': 'AUTH_FAILED',
  'Neo.ClientError.Security.AuthenticationRateLimit': 'AUTH_FAILED',
  'Neo.ClientError.Security.CredentialsExpired': 'AUTH_FAILED',
  'Neo.ClientError.Security.Forbidden': 'FORBIDDEN',
  'Neo.ClientError.Statement.AccessMode': 'FORBIDDEN',
  'Neo.ClientError.Statement.SyntaxError': 'SYNTAX_ERROR',
  'Neo.ClientError.Schema.ConstraintValidationFailed': 'CONSTRAINT_VIOLATION',
  'Neo.ClientError.Transaction.TransactionTimedOut': 'TIMEOUT',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': 'TIMEOUT',
  // The API ends a console transaction that outlives its timeout (TERMINATE TRANSACTIONS).
  'Neo.ClientError.Transaction.Terminated': 'TIMEOUT',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError': 'MEMORY_LIMIT',
  'Neo.TransientError.General.TransactionMemoryLimit': 'MEMORY_LIMIT',
  'Neo.ClientError.Database.DatabaseNotFound': 'DATABASE_NOT_FOUND',
  // a bookmark handed back by a client that this database never issued
  'Neo.ClientError.Transaction.InvalidBookmark': 'BAD_BOOKMARK',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture': 'BAD_BOOKMARK',
};

const PREFIXES: [string, GraphErrorCode][] = [
  ['Neo.ClientError.Statement.', 'INVALID_QUERY'],
  ['Neo.ClientError.Schema.', 'INVALID_QUERY'],
  ['Neo.ClientError.Procedure.', 'INVALID_QUERY'],
  ['Neo.TransientError.', 'TRANSIENT'],
];

const HINTS: Partial<Record<GraphErrorCode, string>> = {
  NEO4J_UNAVAILABLE: 'Neo4j does not answer; is it running (bin/kg neo4j status) and is NEO4J_URI right?',
  AUTH_FAILED: 'Neo4j refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD.',
  TIMEOUT: 'the query ran past its time limit',
  MEMORY_LIMIT: 'the query needed more memory than one transaction may use',
};

export function graphErrorCodeOf(code: string | undefined): GraphErrorCode {
  if (!code) return 'GRAPH_ERROR';
  if (EXACT[code]) return EXACT[code];
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(code)) return 'NEO4J_UNAVAILABLE';
  const prefix = PREFIXES.find(([start]) => code.startsWith(start));
  return prefix ? prefix[1] : 'GRAPH_ERROR';
}

// The driver's own failure when no connection frees up in time carries no code of its own ('N/A'):
// a frozen server holds its connections, so this is how it shows when no query can be sent.
const NO_CONNECTION = /^Connection acquisition timed out/;

// Errors that are already ours (or thrown by caller code inside a transaction) pass through unchanged.
export function toGraphError(error: unknown): unknown {
  if (error instanceof GraphError || !(error instanceof Neo4jError)) return error;
  const code = NO_CONNECTION.test(error.message) ? 'NEO4J_UNAVAILABLE' : graphErrorCodeOf(error.code);
  const hint = HINTS[code];
  const message = hint ? `${hint} (${error.code}: ${error.message})` : `${error.code}: ${error.message}`;
  return new GraphError(code, message, { cause: error });
}
