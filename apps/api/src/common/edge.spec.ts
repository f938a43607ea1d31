import { decodeCursor, encodeCursor, pageWindow, toPage } from './cursor';
import { readUserText } from './names';

describe('cursors', () => {
  it('round-trips offsets and reports the next page', () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    const window = pageWindow(20, encodeCursor(40));
    expect(window).toEqual({ skip: 40, limit: 20 });
    const page = toPage(['a', 'b'], 45, window);
    expect(page.pageInfo).toEqual({ endCursor: encodeCursor(42), hasNextPage: true });
  });

  it('rejects foreign cursors and page sizes out of range with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('bm9wZQ==')).toThrow(/not a cursor/);
    expect(() => pageWindow(0)).toThrow(/first must be an integer from 1 to 500/);
    expect(() => pageWindow(501)).toThrow(/first/);
  });
});

describe('readUserText', () => {
  it('converts traditional input to simplified', () => {
    expect(readUserText('蕭濱一體化')).toEqual({ chinese: '萧滨一体化', romanised: null });
  });
  it('reads latin input (also full-width, with spaces) as pinyin or initials', () => {
    expect(readUserText(' Quanyu Meili ')).toEqual({ chinese: null, romanised: 'quanyumeili' });
    expect(readUserText('ｑｙｍｌ')).toEqual({ chinese: null, romanised: 'qyml' });
  });
  it('treats blank input as nothing to search', () => {
    expect(readUserText('  ')).toEqual({ chinese: null, romanised: null });
  });
});
