import { mergeKeeps, pairKey } from './merge-pair';

describe('merge direction', () => {
  it('merges the slogan fewer documents use into the other', () => {
    expect(mergeKeeps({ a: '全域美丽大花园', b: '全域美丽', documentsA: 1, documentsB: 4 })).toBe('b');
    expect(mergeKeeps({ a: '全域美丽', b: '全域美丽大花园', documentsA: 4, documentsB: 1 })).toBe('a');
  });

  it('keeps the shorter name when both are used as often', () => {
    expect(mergeKeeps({ a: '萧滨一体化', b: '一体化', documentsA: 1, documentsB: 1 })).toBe('b');
  });

  it('names a pair the same whichever way round it comes', () => {
    expect(pairKey('一厅四区', '一心四区')).toBe(pairKey('一心四区', '一厅四区'));
  });
});
