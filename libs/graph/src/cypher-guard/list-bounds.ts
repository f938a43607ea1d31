import { reject, type CypherRejection } from './cypher-guard.error';
import { qualifiedName } from './check-tree';
import { childrenOf, isRule, textOf, type ParseNode } from './parse-tree';

/**
 * Lists built inside one expression are neither interrupted by the transaction timeout nor counted
 * by Neo4j's transaction memory pool: `[x IN range(1, 300000000) | x]` takes the whole heap and the
 * JVM exits. What the guard can see without running the query is bounded here.
 */
export interface ListBounds {
  /** Largest range() (elements). */
  maxRange: number;
  /** Elements built by nested iterations in one expression (outer size × inner size). */
  maxVolume: number;
  /** Steps of a reduce() that grows a list or string (each step copies it). */
  maxGrowingReduce: number;
  /** Steps of a reduce() whose step uses the accumulator twice (doubling). */
  maxDoublingReduce: number;
  /** Rows made by UNWIND clauses in a row (product of their sizes). */
  maxUnwoundRows: number;
  /** Characters a string may reach through replace() with longer replacements, and bytes a
   *  list comprehension may build from literal strings or parameters. */
  maxBuiltBytes: number;
}

export const DEFAULT_LIST_BOUNDS: ListBounds = {
  maxRange: 1_000_000,
  maxVolume: 10_000_000,
  maxGrowingReduce: 10_000,
  maxDoublingReduce: 20,
  maxUnwoundRows: 100_000_000,
  maxBuiltBytes: 64 * 1024 * 1024,
};

type Interval = { lo: number; hi: number };

interface Scope {
  params: Record<string, unknown>;
  /** Values of variables whose bounds are known (iteration over a range, UNWIND of a range). */
  values: Map<string, Interval>;
  /** Largest size of list variables whose size is known. */
  lists: Map<string, number>;
  /** Product of the sizes of the UNWIND clauses so far; null once one of unknown size was seen. */
  unwound: number | null;
  unknownUnwinds: number;
  /** replace() calls inside one another: each may multiply the length of a string. */
  replaceDepth: number;
  /** Product of the growth (replacement length / search length) of the enclosing replace() calls. */
  replaceGrowth: number;
  /** `WITH a + a AS a`: projections that may double a value. */
  doublings: number;
  bounds: ListBounds;
}

const MAX_REPLACE_NESTING = 3;

/** The node that carries meaning: through chains of single-child rules and parentheses. */
function core(node: ParseNode): ParseNode {
  let current = node;
  for (;;) {
    const children = childrenOf(current);
    if (current.name === 'variable' || current.name === 'parameter') return current;
    if (children.length === 1 && isRule(children[0])) current = children[0];
    else if (current.name === 'parenthesizedExpression') current = children.find(isRule) ?? current;
    else return current;
  }
}

function variableName(node: ParseNode): string {
  const text = textOf(node).replace(/\s+/g, '');
  return text.startsWith('`') ? text.slice(1, -1).replace(/``/g, '`') : text;
}

function point(value: number): Interval {
  return { lo: value, hi: value };
}

function combine(a: Interval, b: Interval, op: string): Interval | null {
  switch (op) {
    case '+':
      return { lo: a.lo + b.lo, hi: a.hi + b.hi };
    case '-':
      return { lo: a.lo - b.hi, hi: a.hi - b.lo };
    case '*': {
      const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
      return { lo: Math.min(...products), hi: Math.max(...products) };
    }
    case '/': {
      if (b.lo <= 0 && b.hi >= 0) return null;
      const quotients = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
      return { lo: Math.min(...quotients), hi: Math.max(...quotients) };
    }
    case '^': {
      if (a.lo < 0 || b.lo < 0) return null;
      return { lo: a.lo ** b.lo, hi: a.hi ** b.hi };
    }
    default:
      return null;
  }
}

function numberOf(node: ParseNode): number | null {
  const text = textOf(node).replace(/[\s_]/g, '');
  const negative = text.startsWith('-');
  const value = Number(negative ? text.slice(1) : text);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Bounds of a numeric expression, or null when the guard cannot tell. */
function valueOf(node: ParseNode, scope: Scope): Interval | null {
  const inner = core(node);
  const children = childrenOf(inner);
  switch (inner.name) {
    case 'numberLiteral': {
      const value = numberOf(inner);
      return value === null ? null : point(value);
    }
    case 'parameter': {
      const value = scope.params[variableName(children[children.length - 1])];
      return typeof value === 'number' ? point(value) : null;
    }
    case 'variable':
      return scope.values.get(variableName(inner)) ?? null;
    case 'functionInvocation': {
      const name = functionNameOf(inner) ?? '';
      const args = children.filter((c) => c.name === 'functionArgument');
      if (['tointeger', 'tofloat', 'abs', 'ceil', 'floor', 'round'].includes(name) && args.length === 1) {
        const value = valueOf(args[0], scope);
        return value && name === 'abs' ? { lo: 0, hi: Math.max(Math.abs(value.lo), Math.abs(value.hi)) } : value;
      }
      if (name === 'size' && args.length === 1) {
        const size = listSize(args[0], scope);
        return size === null ? null : { lo: 0, hi: size };
      }
      return null;
    }
    default:
      break;
  }
  // Unary minus and plus: ['-', operand].
  if (children.length === 2 && !isRule(children[0]) && (children[0].name === '-' || children[0].name === '+')) {
    const value = valueOf(children[1], scope);
    return value && children[0].name === '-' ? { lo: -value.hi, hi: -value.lo } : value;
  }
  // Binary arithmetic, left to right: [a, op, b, op, c].
  if (children.length >= 3 && children.length % 2 === 1 && children.every((c, i) => (i % 2 === 0) === isRule(c))) {
    let value = valueOf(children[0], scope);
    for (let i = 1; value && i < children.length; i += 2) {
      const right = valueOf(children[i + 1], scope);
      value = right ? combine(value, right, children[i].name) : null;
    }
    return value;
  }
  return null;
}

// The empty namespace rule shows as the word "namespace" in the token texts.
function functionNameOf(node: ParseNode): string | null {
  if (node.name !== 'functionInvocation') return null;
  return qualifiedName(childrenOf(node)[0]).replace(/^namespace/, '').toLowerCase();
}

function rangeArgs(node: ParseNode): ParseNode[] | null {
  if (functionNameOf(node) !== 'range') return null;
  const args = childrenOf(node).filter((c) => c.name === 'functionArgument');
  return args.length === 2 || args.length === 3 ? args : null;
}

/** Most elements a range() call can make, or null when its bounds are not visible. */
function rangeSize(args: ParseNode[], scope: Scope): number | null {
  const from = valueOf(args[0], scope);
  const to = valueOf(args[1], scope);
  if (!from || !to) return null;
  const step = args[2] ? valueOf(args[2], scope) : point(1);
  // The smallest step (in size) gives the most elements; a step that may be 0 is an error at run time.
  const stepSize = step ? Math.max(1, Math.min(Math.abs(step.lo), Math.abs(step.hi))) : 1;
  const span = Math.max(Math.abs(to.hi - from.lo), Math.abs(from.hi - to.lo));
  return Math.floor(span / stepSize) + 1;
}

/** Largest size of a list expression, or null when the guard cannot tell. */
function listSize(node: ParseNode, scope: Scope): number | null {
  const inner = core(node);
  const children = childrenOf(inner);
  const range = rangeArgs(inner);
  if (range) return rangeSize(range, scope);
  switch (inner.name) {
    case 'listLiteral':
      return children.filter(isRule).length;
    case 'parameter': {
      const value = scope.params[variableName(children[children.length - 1])];
      return Array.isArray(value) ? value.length : null;
    }
    case 'variable':
      return scope.lists.get(variableName(inner)) ?? null;
    case 'listComprehension': {
      const source = children.find((c) => c.name === 'expression');
      return source ? listSize(source, scope) : null;
    }
    default:
      return null;
  }
}

/** Bounds of the elements of a list expression (for the iteration variable over it). */
function elementValues(node: ParseNode, scope: Scope): Interval | null {
  const range = rangeArgs(core(node));
  if (!range) return null;
  const from = valueOf(range[0], scope);
  const to = valueOf(range[1], scope);
  return from && to ? { lo: Math.min(from.lo, to.lo), hi: Math.max(from.hi, to.hi) } : null;
}

function countVariable(node: ParseNode, name: string): number {
  if (node.name === 'variable') return variableName(node) === name ? 1 : 0;
  return childrenOf(node).reduce((sum, child) => sum + countVariable(child, name), 0);
}

function isCollectionLiteral(node: ParseNode): boolean {
  const inner = core(node);
  return inner.name === 'listLiteral' || inner.name === 'stringLiteral' || inner.name === 'listComprehension';
}

function checkReduce(node: ParseNode, steps: number | null, scope: Scope): CypherRejection | null {
  const children = childrenOf(node);
  const [accumulator, init] = children.filter((c) => c.name === 'variable' || c.name === 'expression');
  const step = children.filter((c) => c.name === 'expression').at(-1);
  if (!accumulator || !init || !step) return null;
  const uses = countVariable(step, variableName(accumulator));
  const { maxDoublingReduce, maxGrowingReduce } = scope.bounds;
  if (uses >= 2 && (steps === null || steps > maxDoublingReduce)) {
    return reject(
      'LIST_TOO_LARGE',
      `reduce() uses its accumulator twice in each step, so it can double at every one of ${steps ?? 'an unknown number of'} steps (limit ${maxDoublingReduce}).`,
    );
  }
  if (isCollectionLiteral(init) && steps !== null && steps > maxGrowingReduce) {
    return reject(
      'LIST_TOO_LARGE',
      `reduce() grows a list or string over ${steps} steps, copying it at each one (limit ${maxGrowingReduce}). Use collect() or a list comprehension.`,
    );
  }
  return null;
}

/** Iterating constructs: the variable, the list it runs over, and the expressions evaluated per element. */
function iteration(node: ParseNode): { variable: ParseNode; source: ParseNode; body: ParseNode[]; before: ParseNode[] } | null {
  const children = childrenOf(node);
  const inAt = children.findIndex((c) => !isRule(c) && c.name.toUpperCase() === 'IN');
  if (inAt < 1 || !['listComprehension', 'listItemsPredicate', 'reduceExpression'].includes(node.name)) return null;
  const variable = children[inAt - 1];
  const source = children[inAt + 1];
  return { variable, source, body: children.slice(inAt + 2).filter(isRule), before: children.slice(0, inAt - 1).filter(isRule) };
}

function visit(node: ParseNode, multiplicity: number, scope: Scope): CypherRejection | null {
  if (!isRule(node)) return null;
  const range = rangeArgs(node);
  if (range) {
    const size = rangeSize(range, scope);
    if (size !== null && size > scope.bounds.maxRange) {
      return reject('LIST_TOO_LARGE', `range() would make about ${size.toExponential(1)} elements; the limit is ${scope.bounds.maxRange}.`);
    }
    if (size !== null && size * multiplicity > scope.bounds.maxVolume) {
      return reject(
        'LIST_TOO_LARGE',
        `nested iterations would build about ${(size * multiplicity).toExponential(1)} list elements in one expression; the limit is ${scope.bounds.maxVolume}.`,
      );
    }
  }
  if (functionNameOf(node) === 'replace') return visitReplace(node, multiplicity, scope);
  const loop = iteration(node);
  if (loop) {
    for (const child of [...loop.before, loop.source]) {
      const found = visit(child, multiplicity, scope);
      if (found) return found;
    }
    const steps = listSize(loop.source, scope);
    if (node.name === 'listComprehension' && steps !== null) {
      const weight = loop.body.reduce((max, child) => Math.max(max, heaviestLiteral(child, scope)), 0);
      if (weight * steps * multiplicity > scope.bounds.maxBuiltBytes) {
        return reject(
          'LIST_TOO_LARGE',
          `the list comprehension would build about ${(weight * steps * multiplicity).toExponential(1)} characters of strings; the limit is ${scope.bounds.maxBuiltBytes}.`,
        );
      }
    }
    if (node.name === 'reduceExpression') {
      const found = checkReduce(node, steps, scope);
      if (found) return found;
    }
    const name = variableName(loop.variable);
    const values = elementValues(loop.source, scope);
    const previous = scope.values.get(name);
    if (values) scope.values.set(name, values);
    else scope.values.delete(name);
    try {
      for (const child of loop.body) {
        const found = visit(child, multiplicity * Math.max(1, steps ?? 1), scope);
        if (found) return found;
      }
    } finally {
      if (previous) scope.values.set(name, previous);
      else scope.values.delete(name);
    }
    return null;
  }
  for (const child of childrenOf(node)) {
    const found = visit(child, multiplicity, scope);
    if (found) return found;
  }
  if (node.name === 'unwindClause') return recordUnwind(node, scope);
  if (node.name === 'returnItem') return recordAlias(node, scope);
  return null;
}

function visitReplace(node: ParseNode, multiplicity: number, scope: Scope): CypherRejection | null {
  const [subject, search, replacement] = childrenOf(node).filter((c) => c.name === 'functionArgument');
  const searchLength = search ? literalWeight(search, scope) : null;
  const replacementLength = replacement ? literalWeight(replacement, scope) : null;
  // Unknown pieces are taken at their worst: a one-character search, a replacement as long as the query.
  const growth = Math.max(1, (replacementLength ?? scope.bounds.maxBuiltBytes) / Math.max(1, searchLength ?? 1));
  const savedGrowth = scope.replaceGrowth;
  scope.replaceDepth++;
  scope.replaceGrowth *= growth;
  try {
    if (scope.replaceDepth > MAX_REPLACE_NESTING) {
      return reject('LIST_TOO_LARGE', `replace() is nested ${scope.replaceDepth} deep; each may multiply the string's length (limit ${MAX_REPLACE_NESTING}).`);
    }
    const base = subject ? literalWeight(subject, scope) : null;
    if (scope.replaceGrowth > 1 && (base ?? 1_000) * scope.replaceGrowth > scope.bounds.maxBuiltBytes) {
      return reject(
        'LIST_TOO_LARGE',
        `replace() with longer replacements could make a string of about ${((base ?? 1_000) * scope.replaceGrowth).toExponential(1)} characters; the limit is ${scope.bounds.maxBuiltBytes}.`,
      );
    }
    for (const child of childrenOf(node)) {
      const found = visit(child, multiplicity, scope);
      if (found) return found;
    }
    return null;
  } finally {
    scope.replaceDepth--;
    scope.replaceGrowth = savedGrowth;
  }
}

/** Length of a string literal or of a parameter's JSON; null for anything else. */
function literalWeight(node: ParseNode, scope: Scope): number | null {
  const inner = core(node);
  if (inner.name === 'stringLiteral') return Math.max(0, textOf(inner).length - 2);
  if (inner.name === 'parameter') {
    const value = scope.params[variableName(childrenOf(inner)[childrenOf(inner).length - 1])];
    return value === undefined ? null : (JSON.stringify(value) ?? '').length;
  }
  return null;
}

/** The heaviest literal string or parameter in an expression, in characters. */
function heaviestLiteral(node: ParseNode, scope: Scope): number {
  const here = literalWeight(node, scope) ?? 0;
  if (core(node).name === 'stringLiteral' || core(node).name === 'parameter') return here;
  return childrenOf(node).reduce((max, child) => Math.max(max, isRule(child) ? heaviestLiteral(child, scope) : 0), here);
}

// `WITH range(1, 100000) AS r`: later uses of r know its size.
function recordAlias(node: ParseNode, scope: Scope): CypherRejection | null {
  const children = childrenOf(node);
  const expression = children.find((c) => c.name === 'expression');
  const alias = children.find((c) => c.name === 'variable');
  if (!expression || !alias) return null;
  const name = variableName(alias);
  if (countVariable(expression, name) >= 2 && ++scope.doublings > scope.bounds.maxDoublingReduce) {
    return reject('LIST_TOO_LARGE', `${scope.doublings} projections use their own variable twice (as in WITH a + a AS a), which may double it each time (limit ${scope.bounds.maxDoublingReduce}).`);
  }
  const size = listSize(expression, scope);
  const value = valueOf(expression, scope);
  if (size !== null) scope.lists.set(name, size);
  else scope.lists.delete(name);
  if (value) scope.values.set(name, value);
  else scope.values.delete(name);
  return null;
}

// UNWIND after UNWIND multiplies rows; two over lists of unknown size (collected nodes) are a
// cartesian product the planner estimates at ten rows each.
function recordUnwind(node: ParseNode, scope: Scope): CypherRejection | null {
  const children = childrenOf(node);
  const expression = children.find((c) => c.name === 'expression');
  const alias = children.find((c) => c.name === 'variable');
  if (!expression) return null;
  const size = listSize(expression, scope);
  if (alias) {
    const values = elementValues(expression, scope);
    if (values) scope.values.set(variableName(alias), values);
  }
  if (size === null) {
    scope.unknownUnwinds++;
    if (scope.unknownUnwinds >= 2) {
      return reject(
        'COSTLY_PLAN',
        'two UNWINDs of lists whose size is not known (such as collected nodes) multiply their rows: a cartesian product the planner cannot estimate. Match the pairs with a pattern instead.',
      );
    }
    return null;
  }
  scope.unwound = (scope.unwound ?? 1) * Math.max(1, size);
  if (scope.unwound > scope.bounds.maxUnwoundRows) {
    return reject('COSTLY_PLAN', `the UNWIND clauses make about ${scope.unwound.toExponential(1)} rows; the limit is ${scope.bounds.maxUnwoundRows}.`);
  }
  return null;
}

/** The first list the query would build beyond the bounds, as far as the text shows it. */
export function findOversizedList(
  tree: ParseNode,
  params: Record<string, unknown> = {},
  bounds: ListBounds = DEFAULT_LIST_BOUNDS,
): CypherRejection | null {
  const scope: Scope = { params, values: new Map(), lists: new Map(), unwound: null, unknownUnwinds: 0, replaceDepth: 0, replaceGrowth: 1, doublings: 0, bounds };
  return visit(tree, 1, scope);
}
