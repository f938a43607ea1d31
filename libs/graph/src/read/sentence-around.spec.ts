import { sentenceAround } from './sentence-around';

describe('sentenceAround', () => {
  const text = '一、总体要求。\n推进“三个全域”建设，实施36项专项！星动巴士开通';

  it('cuts the sentence a span is in, with its offsets in the document', () => {
    const at = text.indexOf('三个全域');
    const s = sentenceAround(text, 0, at, at + 4);
    expect(s.evidence).toBe('推进“三个全域”建设，实施36项专项！');
    expect(text.slice(s.start, s.end)).toBe(s.evidence);
  });

  it('works on a window that starts inside the text, and at the end of the text', () => {
    const offset = 5;
    const at = text.indexOf('星动巴士');
    const s = sentenceAround(text.slice(offset), offset, at, at + 4);
    expect(s).toEqual({ evidence: '星动巴士开通', start: at, end: at + 6 });
  });
});
