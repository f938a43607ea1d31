import fc from 'fast-check';
import { assertReadOnlyCypher, checkReadOnlyCypher } from './cypher-guard';
import { CypherGuardError } from './cypher-guard.error';
import { HOSTILE_QUERIES } from './hostile-queries';
import { LEGITIMATE_QUERIES } from './legitimate-queries';

describe('checkReadOnlyCypher', () => {
  it.each(HOSTILE_QUERIES)('rejects %j as %s', (query, code) => {
    const verdict = checkReadOnlyCypher(query);
    expect(verdict).toMatchObject({ ok: false, code });
    if (!verdict.ok) expect(verdict.message).toContain(`(${code})`);
  });

  it.each(LEGITIMATE_QUERIES)('accepts %j', (query) => {
    expect(checkReadOnlyCypher(query)).toEqual({ ok: true });
  });

  it('names the write clause and the text it found', () => {
    const verdict = checkReadOnlyCypher('MATCH (n) DETACH DELETE n');
    expect(!verdict.ok && verdict.message).toMatch(/DELETE.*read-only.*DETACH DELETE n/);
  });

  it('names the forbidden procedure after stripping backticks', () => {
    const verdict = checkReadOnlyCypher('CALL `dbms`.`killQueries`([])');
    expect(!verdict.ok && verdict.message).toContain('procedure dbms.killQueries is not allowed');
  });

  it('explains a full-width keyword by its normalised reading', () => {
    const verdict = checkReadOnlyCypher('ＣＲＥＡＴＥ ()');
    expect(!verdict.ok && verdict.message).toMatch(/CREATE is not allowed.*full-width.*ＣＲＥＡＴＥ/);
  });

  it('refuses trailing words the grammar cannot place, even when the parser recovers silently', () => {
    expect(checkReadOnlyCypher('MATCH (n) RETURN n garbage')).toMatchObject({ ok: false, code: 'SYNTAX_ERROR' });
    expect(checkReadOnlyCypher('MATCH (n RETURN n')).toMatchObject({ ok: false, code: 'SYNTAX_ERROR' });
  });

  it('leaves semantic errors (an unbound variable) to the server, which reports them on EXPLAIN', () => {
    expect(checkReadOnlyCypher('MATCH (n) RETURN m')).toEqual({ ok: true });
  });

  it('refuses a query longer than the limit', () => {
    const query = `MATCH (n) RETURN n ${'/* pad */'.repeat(20)}`;
    expect(checkReadOnlyCypher(query, { maxLength: 100 })).toMatchObject({ ok: false, code: 'QUERY_TOO_LONG' });
  });

  it('throws a coded error from assertReadOnlyCypher', () => {
    expect(() => assertReadOnlyCypher('MERGE (n)')).toThrow(CypherGuardError);
    expect(() => assertReadOnlyCypher('MATCH (n) RETURN n')).not.toThrow();
  });

  it('answers arbitrary Cypher-like text with a verdict, never an exception', () => {
    const pieces = fc.constantFrom('MATCH', 'CREATE', 'RETURN', 'CALL', '{', '}', '(', ')', "'", '"', '`', '/*', '*/', '//', '\n', ';', 'n', '.', ' ', '全域', 'Ｃ', '$p');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const verdict = checkReadOnlyCypher(parts.join(' '));
        expect(typeof verdict.ok).toBe('boolean');
      }),
      { numRuns: 60, seed: 2019 },
    );
  });

  it('covers at least 40 hostile and 15 legitimate queries', () => {
    expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(LEGITIMATE_QUERIES.length).toBeGreaterThanOrEqual(15);
  });
});
