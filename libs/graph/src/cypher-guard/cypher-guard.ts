import { findNonAsciiToken, findTreeViolation } from './check-tree';
import { CypherGuardError, reject, type CypherRejection } from './cypher-guard.error';
import { findOversizedList } from './list-bounds';
import { parseCypher } from './parse-tree';
import { checkTextBounds } from './text-bounds';

export interface CypherGuardOptions {
  /** Longest query accepted, in UTF-16 code units. */
  maxLength?: number;
  /** The query's parameters: numbers and lists among them bound range() and UNWIND. */
  params?: Record<string, unknown>;
}

export type CypherGuardVerdict = { ok: true } | ({ ok: false } & CypherRejection);

const DEFAULT_MAX_LENGTH = 10_000;
// The server's lexer may expand \uXXXX before tokenising, which would let an escape close a string or comment.
const UNICODE_ESCAPE = /\\u/i;

function checkText(query: string, maxLength: number): CypherRejection | null {
  if (query.trim() === '') return reject('EMPTY_QUERY', 'the query is empty.');
  if (query.length > maxLength) {
    return reject('QUERY_TOO_LONG', `the query has ${query.length} characters; the limit is ${maxLength}.`);
  }
  if (UNICODE_ESCAPE.test(query)) {
    return reject('UNICODE_ESCAPE', 'unicode escapes (\\uXXXX) are not accepted anywhere in a query; type the character itself.');
  }
  return checkTextBounds(query);
}

function describeNonAscii(query: string, token: string): CypherRejection {
  const normalised = query.normalize('NFKC');
  const hidden = normalised !== query ? findTreeViolation(parseCypher(normalised).tree) : null;
  if (hidden) {
    return { code: hidden.code, message: `${hidden.message} It was written with full-width or compatibility characters ("${token}").` };
  }
  const codePoint = token.codePointAt([...token].findIndex((ch) => ch > '\x7f')) ?? 0;
  return reject(
    'NON_ASCII_OUTSIDE_STRING',
    `"${token}" contains a non-ASCII character (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}) outside a string; put Chinese names in quotes or \`backticks\`.`,
  );
}

/** Decides whether an analyst's query may run in the read-only console, and why not. */
export function checkReadOnlyCypher(query: string, options: CypherGuardOptions = {}): CypherGuardVerdict {
  if (typeof query !== 'string') return { ok: false, ...reject('EMPTY_QUERY', 'the query must be a string.') };
  const textProblem = checkText(query, options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (textProblem) return { ok: false, ...textProblem };
  let parsed: ReturnType<typeof parseCypher>;
  try {
    parsed = parseCypher(query);
  } catch (error) {
    return { ok: false, ...reject('SYNTAX_ERROR', `the query could not be parsed (${(error as Error).message}).`) };
  }
  const { tree, errors } = parsed;
  const violation = findTreeViolation(tree);
  if (violation) return { ok: false, ...violation };
  const nonAscii = findNonAsciiToken(tree);
  if (nonAscii) return { ok: false, ...describeNonAscii(query, nonAscii) };
  if (errors.length > 0) return { ok: false, ...reject('SYNTAX_ERROR', errors[0]) };
  const oversized = findOversizedList(tree, options.params ?? {});
  if (oversized) return { ok: false, ...oversized };
  return { ok: true };
}

/** Throws a CypherGuardError when the query may not run. */
export function assertReadOnlyCypher(query: string, options: CypherGuardOptions = {}): void {
  const verdict = checkReadOnlyCypher(query, options);
  if (!verdict.ok) throw new CypherGuardError(verdict);
}
