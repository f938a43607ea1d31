import { cypherAttrType, startYear, typedText, typesOf } from './attr-types';

describe('attribute types', () => {
  it('reads types from values: whole numbers long, fractions double, lists list, mixed string', () => {
    expect(typesOf([{ year: 2019, confidence: 1, name: 'a', years: [2019] }, { confidence: 0.8, name: 3 }])).toEqual({ year: 'long', confidence: 'double', name: 'string', years: 'list' });
  });

  it('reads types from Cypher valueType names', () => {
    expect(cypherAttrType(['INTEGER NOT NULL'])).toBe('long');
    expect(cypherAttrType(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('double');
    expect(cypherAttrType(['LIST<INTEGER NOT NULL> NOT NULL'])).toBe('list');
    expect(cypherAttrType(['BOOLEAN NOT NULL'])).toBe('boolean');
  });

  it('writes lists as their items and finds the first year', () => {
    expect(typedText([2019, 2021])).toBe('2019,2021');
    expect(startYear({ years: [2021, 2019] })).toBe(2019);
    expect(startYear({ since: 2021, until: null })).toBe(2021);
    expect(startYear({ name: 'x' })).toBeNull();
  });
});
