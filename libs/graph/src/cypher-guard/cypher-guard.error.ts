/** Why an analyst's Cypher was refused. Stable codes for clients; messages for people. */
export type CypherGuardCode =
  | 'EMPTY_QUERY'
  | 'QUERY_TOO_LONG'
  | 'UNICODE_ESCAPE'
  | 'NON_ASCII_OUTSIDE_STRING'
  | 'SYNTAX_ERROR'
  | 'MULTIPLE_STATEMENTS'
  | 'CONSOLE_COMMAND'
  | 'QUERY_OPTIONS'
  | 'WRITE_CLAUSE'
  | 'LOAD_CSV'
  | 'IN_TRANSACTIONS'
  | 'USE_DATABASE'
  | 'ADMIN_COMMAND'
  | 'UNSUPPORTED_CLAUSE'
  | 'PROCEDURE_NOT_ALLOWED'
  | 'FUNCTION_NOT_ALLOWED'
  | 'NOT_READ_ONLY'
  | 'COSTLY_PLAN'
  | 'TOO_COMPLEX'
  | 'LIST_TOO_LARGE'
  | 'BUSY';

export interface CypherRejection {
  code: CypherGuardCode;
  message: string;
}

export class CypherGuardError extends Error {
  readonly code: CypherGuardCode;

  constructor(rejection: CypherRejection) {
    super(rejection.message);
    this.name = 'CypherGuardError';
    this.code = rejection.code;
  }
}

export function reject(code: CypherGuardCode, message: string): CypherRejection {
  return { code, message: `Query rejected (${code}): ${message}` };
}
