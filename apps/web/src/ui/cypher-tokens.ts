export type TokenType = 'keyword' | 'function' | 'string' | 'number' | 'comment' | 'param' | 'label' | 'punct' | 'ident' | 'space';
export interface Token {
  type: TokenType;
  text: string;
}

const KEYWORDS = new Set(
  ('MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY SKIP LIMIT DISTINCT AND OR NOT XOR IN IS NULL TRUE FALSE ' +
    'CASE WHEN THEN ELSE END CALL YIELD UNION ALL EXISTS COUNT ASC DESC ASCENDING DESCENDING STARTS ENDS CONTAINS ' +
    'CREATE MERGE SET DELETE DETACH REMOVE DROP LOAD CSV FROM FOREACH ON INDEX CONSTRAINT EXPLAIN PROFILE USE')
    .split(' '),
);

// Order matters: comments and strings before anything that could start inside them.
const RULES: [TokenType, RegExp][] = [
  ['comment', /^(\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$))/],
  ['string', /^('(\\.|[^'\\])*'?|"(\\.|[^"\\])*"?)/],
  ['ident', /^`[^`]*`?/],
  ['space', /^\s+/],
  ['param', /^\$[\p{L}\p{N}_]+/u],
  ['number', /^\d+(\.\d+)?([eE][+-]?\d+)?/],
  ['label', /^:\s*[\p{L}_][\p{L}\p{N}_]*/u],
  ['ident', /^[\p{L}_][\p{L}\p{N}_]*/u],
  ['punct', /^[\s\S]/],
];

function classify(word: string, rest: string): TokenType {
  if (/^\(/.test(rest)) return 'function';
  return KEYWORDS.has(word.toUpperCase()) ? 'keyword' : 'ident';
}

/** Splits Cypher into tokens that concatenate back to the input exactly. */
export function tokenizeCypher(src: string): Token[] {
  const tokens: Token[] = [];
  let rest = src;
  while (rest.length) {
    for (const [type, re] of RULES) {
      const m = re.exec(rest);
      if (!m || !m[0].length) continue;
      const text = m[0];
      rest = rest.slice(text.length);
      const prev = tokens[tokens.length - 1];
      const isPlainWord = type === 'ident' && !text.startsWith('`');
      tokens.push({ type: isPlainWord && prev?.text !== '.' ? classify(text, rest) : type, text });
      break;
    }
  }
  return tokens;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function highlightCypher(src: string): string {
  return tokenizeCypher(src)
    .map((t) => (t.type === 'space' || t.type === 'punct' ? escapeHtml(t.text) : `<span class="tok-${t.type}">${escapeHtml(t.text)}</span>`))
    .join('');
}
