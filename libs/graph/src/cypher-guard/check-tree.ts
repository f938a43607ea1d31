import {
  ALLOWED_CLAUSES,
  ALLOWED_FUNCTION_NAMESPACES,
  ALLOWED_PROCEDURES,
  REJECTED_RULES,
} from './allow-lists';
import { reject, type CypherRejection } from './cypher-guard.error';
import { childrenOf, findInTree, isRule, textOf, tokenTexts, type ParseNode } from './parse-tree';

/** `dbms`.`kill``Queries` → dbms.kill`Queries: the name the server resolves. */
export function qualifiedName(nameNode: ParseNode): string {
  return tokenTexts(nameNode)
    .map((token) => (token.startsWith('`') ? token.slice(1, -1).replace(/``/g, '`') : token))
    .join('');
}

function checkProcedure(node: ParseNode): CypherRejection | null {
  const name = qualifiedName(node);
  if (ALLOWED_PROCEDURES.has(name)) return null;
  const allowed = [...ALLOWED_PROCEDURES].join(', ');
  return reject('PROCEDURE_NOT_ALLOWED', `procedure ${name} is not allowed; the console may call only ${allowed}.`);
}

function checkFunction(node: ParseNode): CypherRejection | null {
  const name = qualifiedName(node);
  const lastDot = name.lastIndexOf('.');
  if (lastDot < 0) return null;
  const namespace = name.slice(0, lastDot).toLowerCase();
  if (ALLOWED_FUNCTION_NAMESPACES.has(namespace)) return null;
  return reject(
    'FUNCTION_NOT_ALLOWED',
    `function ${name} is not allowed; only Cypher's built-in functions may be used (no APOC, dbms or plugin functions).`,
  );
}

function checkClause(node: ParseNode): CypherRejection | null {
  const inner = childrenOf(node).find(isRule);
  if (!inner || ALLOWED_CLAUSES.has(inner.name) || REJECTED_RULES.has(inner.name)) return null;
  return reject('UNSUPPORTED_CLAUSE', `the clause "${textOf(inner).slice(0, 60)}" is not allowed in the read-only console.`);
}

function checkRule(node: ParseNode): CypherRejection | null {
  const rejected = REJECTED_RULES.get(node.name);
  if (rejected) {
    return reject(rejected.code, `${rejected.what} is not allowed: ${rejected.why} (found "${textOf(node).slice(0, 80)}").`);
  }
  if (node.name === 'clause') return checkClause(node);
  if (node.name === 'procedureName') return checkProcedure(node);
  if (node.name === 'functionName') return checkFunction(node);
  return null;
}

function countStatements(tree: ParseNode): number {
  return childrenOf(tree).filter((node) => node.name === 'statementOrCommand' && isRule(node)).length;
}

/** The first construct in the parse tree that could write or reach outside the database. */
export function findTreeViolation(tree: ParseNode): CypherRejection | null {
  if (countStatements(tree) > 1) {
    return reject('MULTIPLE_STATEMENTS', 'send one statement at a time (found several separated by ";").');
  }
  return findInTree(tree, checkRule);
}

const QUOTED_TOKEN = /^['"`]/;

/** The first token outside strings and `backticks` that holds a non-ASCII character. */
export function findNonAsciiToken(tree: ParseNode): string | null {
  const tokens = tokenTexts(tree).filter((token) => !QUOTED_TOKEN.test(token));
  return tokens.find((token) => [...token].some((ch) => ch > '\x7f')) ?? null;
}
