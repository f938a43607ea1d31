// An API refusal worded in the page's language: the code (extensions.code) picks the sentence from the
// message tables, the server's own text follows it so limits, parameter names and reasons stay visible.
import { t } from './i18n';
import type { MessageKey } from './messages';

/** extensions of a GraphQL error: code plus whatever details the server gives (limit, reason, cost…) */
export type ErrorDetails = Record<string, unknown>;

const HEADLINES: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'apiErrBadInput',
  BAD_REQUEST: 'apiErrBadRequest',
  METHOD_NOT_ALLOWED: 'apiErrBadRequest',
  NOT_FOUND: 'apiErrNotFound',
  UNAUTHENTICATED: 'apiErrUnauthenticated',
  FORBIDDEN: 'apiErrForbidden',
  CYPHER_REJECTED: 'apiErrCypherRejected',
  CYPHER_FAILED: 'apiErrCypherFailed',
  QUERY_TIMEOUT: 'apiErrTimeout',
  QUERY_TOO_COMPLEX: 'apiErrTooComplex',
  PAYLOAD_TOO_LARGE: 'apiErrTooLarge',
  INGEST_FAILED: 'apiErrIngestFailed',
  DATABASE_UNAVAILABLE: 'apiErrDatabaseDown',
  TOO_MANY_REQUESTS: 'apiErrTooMany',
  INTERNAL_SERVER_ERROR: 'apiErrInternal',
  NETWORK: 'apiErrNetwork',
  HTTP_ERROR: 'apiErrHttp',
};

// Refusals of the console's guard whose reason has a sentence of its own; others name the reason.
const REASONS: Record<string, MessageKey> = {
  WRITE_CLAUSE: 'apiErrReadOnly',
  NOT_READ_ONLY: 'apiErrReadOnly',
  SYNTAX_ERROR: 'apiErrSyntax',
};

/** The refusal's sentence in the page's language, or null for a code the tables do not know. */
function headline(code: string, details: ErrorDetails, serverText: string): string | null {
  const reason = typeof details.reason === 'string' ? details.reason : '';
  if (code === 'CYPHER_REJECTED' && REASONS[reason]) return t(REASONS[reason], { reason });
  if (code === 'CYPHER_REJECTED' && reason) return t('apiErrCypherRejectedWhy', { reason });
  if (code === 'TOO_MANY_REQUESTS' && typeof details.retryAfterSeconds === 'number') {
    return t('apiErrRateLimited', { seconds: details.retryAfterSeconds });
  }
  if (code === 'QUERY_TIMEOUT') {
    const ms = /(\d+) ms\b/.exec(serverText)?.[1];
    if (ms) return t('apiErrTimeoutMs', { ms });
  }
  if (code === 'BAD_USER_INPUT') {
    // the server starts a message about one argument with its name ("year: …", "input.fileName: …")
    const param = /^\$?([\w.[\]-]+): /.exec(serverText)?.[1];
    if (param) return t('apiErrBadParam', { param });
  }
  const key = HEADLINES[code];
  return key ? t(key) : null;
}

/** What the page shows for an API error: its sentence, then the server's detail. */
export function wordApiError(code: string, serverText: string, details: ErrorDetails = {}): string {
  const said = headline(code, details, serverText);
  if (!said) return serverText;
  return serverText ? t('apiErrWithDetail', { said, detail: serverText }) : said;
}

/** The API code an HTTP status of a plain (non-GraphQL) endpoint stands for. */
export function codeOfStatus(status: number): string {
  const codes: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 429: 'TOO_MANY_REQUESTS' };
  return codes[status] ?? 'HTTP_ERROR';
}
