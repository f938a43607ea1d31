import { tokenizeCypher, highlightCypher } from './cypher-tokens';

describe('tokenizeCypher', () => {
  const q = "MATCH (s:Slogan {name: $name})<-[:ADOPTS]-(p) // 采用者\nWHERE p.name STARTS WITH '星桥' RETURN count(p) AS n, 3.5";

  it('reassembles the input exactly', () => {
    expect(tokenizeCypher(q).map((t) => t.text).join('')).toBe(q);
  });

  it('classifies keywords, labels, params, strings, comments, functions and numbers', () => {
    const types = (type: string) => tokenizeCypher(q).filter((t) => t.type === type).map((t) => t.text);
    expect(types('keyword')).toEqual(['MATCH', 'WHERE', 'STARTS', 'WITH', 'RETURN', 'AS']);
    expect(types('label')).toEqual([':Slogan', ':ADOPTS']);
    expect(types('param')).toEqual(['$name']);
    expect(types('string')).toEqual(["'星桥'"]);
    expect(types('comment')).toEqual(['// 采用者']);
    expect(types('function')).toEqual(['count']);
    expect(types('number')).toEqual(['3.5']);
  });

  it('treats keywords case-insensitively and property names as identifiers', () => {
    const tokens = tokenizeCypher('match (n) return n.limit');
    expect(tokens.filter((t) => t.type === 'keyword').map((t) => t.text)).toEqual(['match', 'return']);
    expect(tokens.find((t) => t.text === 'limit')?.type).toBe('ident');
  });

  it('survives unterminated strings and block comments', () => {
    for (const src of ["RETURN 'abc", 'RETURN /* open', 'RETURN `x']) {
      expect(tokenizeCypher(src).map((t) => t.text).join('')).toBe(src);
    }
  });
});

describe('highlightCypher', () => {
  it('escapes markup inside tokens', () => {
    const html = highlightCypher("RETURN '<b>' // <script>");
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span class="tok-keyword">RETURN</span>');
  });
});
