import { focusOf } from './document-view';

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
