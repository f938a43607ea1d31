import { evidenceRefs, isRunningText, narrowSpan, sentenceAround } from './evidence';
import { segmentText } from './highlight';

describe('evidenceRefs', () => {
  it('reads a span from properties', () => {
    expect(evidenceRefs({ id: 'e', properties: { document: 'd1', start: 10, end: 20, evidence: '开通“星动巴士”' } })).toEqual([
      { documentId: 'd1', start: 10, end: 20, text: '开通“星动巴士”' },
    ]);
  });
  it('reads parallel start and end lists of a mention', () => {
    expect(evidenceRefs({ id: 'e', documentId: 'd', starts: [1, 5], ends: [3, 9] })).toEqual([
      { documentId: 'd', start: 1, end: 3, text: null },
      { documentId: 'd', start: 5, end: 9, text: null },
    ]);
  });
  it('finds an outcome\'s document in its id', () => {
    const id = 'a'.repeat(64) + ':707';
    expect(evidenceRefs({ id, type: 'Outcome', properties: { start: 707, end: 710 } })).toEqual([{ documentId: 'a'.repeat(64), start: 707, end: 710, text: null }]);
  });

  it('falls back to source documents, and to nothing', () => {
    expect(evidenceRefs({ id: 'e', properties: { documents: ['d1'] } })).toEqual([{ documentId: 'd1', start: null, end: null, text: null }]);
    expect(evidenceRefs({ id: 'n', label: 'x' })).toEqual([]);
  });
});

describe('sentenceAround', () => {
  const text = '东方风来满眼春。开通“星动巴士”，解决工业园区职工通勤问题。下一句';
  it('returns the sentence with the span cut out for highlighting', () => {
    const start = text.indexOf('星动巴士');
    const s = sentenceAround(text, start, start + 4);
    expect(s).toEqual({ before: '开通“', span: '星动巴士', after: '”，解决工业园区职工通勤问题。' });
  });
  it('clamps spans outside the text', () => {
    expect(sentenceAround('短句。', -5, 99).span).toBe('短句。');
  });
});

describe('segmentText', () => {
  it('cuts text into plain and marked parts, first span winning on overlap', () => {
    const segs = segmentText('全域美丽星桥街道', [
      { start: 0, end: 4, cls: 'focus' },
      { start: 0, end: 4, cls: 'm-slogan' },
      { start: 4, end: 8, cls: 'm-place' },
      { start: 6, end: 99, cls: 'bad' },
    ]);
    expect(segs.map((s) => [s.text, s.cls])).toEqual([
      ['全域美丽', 'focus'],
      ['星桥街道', 'm-place'],
    ]);
  });
});

describe('narrowSpan', () => {
  const section = '一、全域美丽。' + '街道推进环境整治，'.repeat(20) + '成效明显。开通“星动巴士”，服务全域创新。其他工作。';
  it('keeps a sentence-sized span', () => {
    expect(narrowSpan('开通“星动巴士”。', 0, 9, ['星动巴士'])).toEqual({ start: 0, end: 9 });
  });
  it('narrows a section to the sentence naming both ends of a tie', () => {
    const { start, end } = narrowSpan(section, 0, section.length, ['星动巴士', '全域创新']);
    expect(section.slice(start, end)).toBe('星动巴士');
    const s = sentenceAround(section, start, end);
    expect(s.before + s.span + s.after).toBe('开通“星动巴士”，服务全域创新。');
  });
  it('tells running text from a heading', () => {
    const text = '全域美丽\n以“全域美丽”为目标，围绕“九清三整治”推进环境整治。';
    expect(isRunningText(text, 0, 4)).toBe(false);
    expect(isRunningText(text, 7, 11)).toBe(true);
  });
});
