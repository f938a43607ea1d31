import { mentionsIn, trimSpan } from './text-span';

describe('trimSpan', () => {
  const text = '一、总体情况\n  开通星动巴士。\n';

  it('leaves out the white space a selection took at its ends', () => {
    expect(trimSpan(text, { start: 6, end: 17 })).toEqual({ start: 9, end: 16 });
    expect(text.slice(9, 16)).toBe('开通星动巴士。');
  });

  it('gives nothing for a selection of white space alone', () => {
    expect(trimSpan(text, { start: 6, end: 9 })).toBeNull();
  });
});

describe('mentionsIn', () => {
  const mentions = [
    { entityId: '全域美丽', type: 'Slogan', name: '全域美丽', start: 20, end: 24 },
    { entityId: '330113004|星动巴士', type: 'Project', name: '星动巴士', start: 11, end: 15 },
    { entityId: '全域治理', type: 'Slogan', name: '全域治理', start: 30, end: 34 },
  ];

  it('lists the mentions wholly inside the span, in the order of the text', () => {
    expect(mentionsIn(mentions, { start: 9, end: 25 }).map((m) => m.name)).toEqual(['星动巴士', '全域美丽']);
    expect(mentionsIn(mentions, { start: 12, end: 32 }).map((m) => m.name)).toEqual(['全域美丽']);
  });
});
