import type { DocumentRows } from './document-rows.types';
import type { EntityRow } from './entity-rows';
import { batchParams, independentGroups } from './batch-rows';

const slogan = (id: string, extra: Partial<EntityRow> = {}): EntityRow => ({ id, name: id, pinyin: '', initials: '', starts: [0], ends: [1], aliases: [], kind: null, origin: null, bodyId: null, ...extra });

function doc(id: string, parts: { slogans?: EntityRow[]; wholeOf?: [string, string] } = {}): DocumentRows {
  return {
    doc: { id, file: id, sourceKey: `k/${id}`, title: null, date: null, year: 2020, script: 'simplified', format: null, source: null, publisher: null, extractor: null, subjectHint: null, text: 'x', ocrPages: null },
    subjectId: 'P',
    places: [{ id: 'P', name: '某区', code: null, level: 'district', pinyin: '', initials: '' }],
    partOf: [],
    placeMentions: [],
    slogans: parts.slogans ?? [],
    parts: parts.wholeOf ? [{ whole: parts.wholeOf[0], part: parts.wholeOf[1], order: 1 }] : [],
    projects: [],
    outcomes: [],
    fulfils: [],
  };
}

describe('batchParams', () => {
  it('gives a slogan of several documents one row, with every document’s values in order', () => {
    const p = batchParams([doc('a', { slogans: [slogan('S', { aliases: ['s2'], origin: 'city' })] }), doc('b', { slogans: [slogan('S', { aliases: ['s1'], origin: 'province' })] })]);
    expect(p.slogans).toEqual([expect.objectContaining({ id: 'S', aliases: ['s2', 's1'], origins: ['city', 'province'] })]);
    expect((p.slogans[0].mentions as unknown[]).length).toBe(2);
    expect(p.places).toHaveLength(1);
    expect(p.adopts).toEqual([{ place: 'P', slogan: 'S', documents: ['a', 'b'], years: [2020, 2020] }]);
  });

  it('leaves out of ADOPTS a slogan a reviewer said the subject does not adopt', () => {
    expect(batchParams([doc('a', { slogans: [slogan('S', { adopts: false })] })]).adopts).toEqual([]);
  });
});

describe('independentGroups', () => {
  it('keeps documents together when each makes what it points at, or an earlier one did', () => {
    const batch = [doc('a', { slogans: [slogan('W'), slogan('Q')] }), doc('b', { slogans: [slogan('Q')], wholeOf: ['W', 'Q'] })];
    expect(independentGroups(batch)).toEqual([batch]);
  });

  it('starts a new group at a document that makes what an earlier one pointed at without making it', () => {
    const a = doc('a', { slogans: [slogan('Q')], wholeOf: ['W', 'Q'] });
    const b = doc('b', { slogans: [slogan('W')] });
    const c = doc('c');
    expect(independentGroups([a, b, c])).toEqual([[a], [b, c]]);
  });
});
