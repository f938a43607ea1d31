import { reject, type CypherRejection } from './cypher-guard.error';

/** Shapes the parser handles in time that grows much faster than the text; checked before parsing. */
export interface TextBounds {
  /** Deepest nesting of (), [], {} and CASE … END. */
  maxNesting: number;
  /** Most CASE expressions nested in one another. */
  maxCaseNesting: number;
  /** Most relationship arrows (--, -[ ]-, <-, ->) in the whole query. */
  maxRelationships: number;
}

export const DEFAULT_TEXT_BOUNDS: TextBounds = { maxNesting: 40, maxCaseNesting: 12, maxRelationships: 40 };

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Index after the string, comment or backticked name starting at i, or i when none starts there. */
function skipQuoted(query: string, i: number): number {
  const ch = query[i];
  if (ch === "'" || ch === '"' || ch === '`') {
    let j = i + 1;
    while (j < query.length && query[j] !== ch) j += query[j] === '\\' && ch !== '`' ? 2 : 1;
    return j + 1;
  }
  if (ch === '/' && query[i + 1] === '/') {
    const end = query.indexOf('\n', i);
    return end < 0 ? query.length : end + 1;
  }
  if (ch === '/' && query[i + 1] === '*') {
    const end = query.indexOf('*/', i + 2);
    return end < 0 ? query.length : end + 2;
  }
  return i;
}

const WORD = /[A-Za-z_]/;

function wordAt(query: string, i: number): string | null {
  if (!WORD.test(query[i]) || (i > 0 && /[A-Za-z0-9_$]/.test(query[i - 1]))) return null;
  let j = i;
  while (j < query.length && /[A-Za-z0-9_]/.test(query[j])) j++;
  return query.slice(i, j).toUpperCase();
}

/**
 * A linear scan that refuses what would make the parser run for seconds or overflow its stack:
 * deep nesting, deeply nested CASE, very long patterns. Strings and comments are skipped.
 */
export function checkTextBounds(query: string, bounds: TextBounds = DEFAULT_TEXT_BOUNDS): CypherRejection | null {
  let depth = 0;
  let caseDepth = 0;
  let maxDepth = 0;
  let maxCase = 0;
  let arrows = 0;
  for (let i = 0; i < query.length; ) {
    const skipped = skipQuoted(query, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const ch = query[i];
    const word = wordAt(query, i);
    if (word === 'CASE') caseDepth++;
    if (word === 'END' && caseDepth > 0) caseDepth--;
    if (OPEN.has(ch)) depth++;
    if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if ((ch === '-' && /[-[>]/.test(query[i + 1] ?? '')) || (ch === '<' && query[i + 1] === '-')) arrows++;
    maxDepth = Math.max(maxDepth, depth + caseDepth);
    maxCase = Math.max(maxCase, caseDepth);
    i += word ? word.length : 1;
  }
  if (maxCase > bounds.maxCaseNesting) {
    return reject('TOO_COMPLEX', `CASE expressions are nested ${maxCase} deep; the limit is ${bounds.maxCaseNesting}.`);
  }
  if (maxDepth > bounds.maxNesting) {
    return reject('TOO_COMPLEX', `brackets and CASE expressions are nested ${maxDepth} deep; the limit is ${bounds.maxNesting}.`);
  }
  if (arrows > bounds.maxRelationships) {
    return reject('TOO_COMPLEX', `the query has ${arrows} relationship patterns; the limit is ${bounds.maxRelationships}. Use a variable-length pattern such as -[*1..5]-.`);
  }
  return null;
}
