import { focusOf, markSegments } from './document-view';

const mentions = [
  { entityId: 'slogan:全域美丽', type: 'Slogan', name: '全域美丽', start: 40, end: 44 },
  { entityId: '330113004|星动巴士', type: 'Project', name: '星动巴士', start: 90, end: 94 },
  { entityId: 'slogan:全域美丽', type: 'Slogan', name: '全域美丽', start: 12, end: 16 },
];

describe('focusOf', () => {
  it('outlines the span a link names, whatever the mention', () => {
    expect(focusOf(mentions, 200, { start: 60, end: 75 }, 'slogan:全域美丽')).toEqual({ start: 60, end: 75 });
  });

  it('falls back to the first mention of the picked entity', () => {
    expect(focusOf(mentions, 200, null, 'slogan:全域美丽')).toEqual({ start: 12, end: 16 });
    expect(focusOf(mentions, 200, { start: 150, end: 260 }, '330113004|星动巴士')).toEqual({ start: 90, end: 94 });
  });

  it('outlines nothing for an unknown entity or no focus', () => {
    expect(focusOf(mentions, 200, null, 'slogan:萧滨一体化')).toBeNull();
    expect(focusOf(mentions, 200, null, null)).toBeNull();
  });
});

describe('markSegments', () => {
  // 全域美丽 and 全域 start at the same offset; the longer one is drawn and must stay clickable.
  const text = '推进全域美丽建设';
  const shared = [
    { entityId: 'slogan:全域美丽', type: 'Slogan', name: '全域美丽', start: 2, end: 6 },
    { entityId: 'slogan:全域', type: 'Slogan', name: '全域', start: 2, end: 4 },
  ];

  it('gives the drawn segment the mention with the same start and end', () => {
    const marked = markSegments(text, shared, null).filter((s) => s.cls);
    expect(marked.map((s) => [s.text, s.mention?.entityId])).toEqual([['全域美丽', 'slogan:全域美丽']]);
  });

  it('leaves an outline that matches no mention unpickable and plain text unmarked', () => {
    const segments = markSegments(text, shared, { start: 0, end: 4 });
    expect(segments.map((s) => [s.text, s.cls, s.mention?.entityId])).toEqual([
      ['推进全域', 'focus', undefined],
      ['美丽建设', null, undefined],
    ]);
  });
});
