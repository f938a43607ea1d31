import { sentenceAround } from './trace.evidence';
import { ancestorAt } from './places';
import { lucenePhrase } from './search.queries';

describe('sentenceAround', () => {
  const text = '去年成效明显。开通“星动巴士”，解决通勤问题！全年无事故';
  it('cuts the window at the sentence ends around the span', () => {
    const start = text.indexOf('星动巴士');
    expect(sentenceAround(text, 0, start, start + 4)).toBe('开通“星动巴士”，解决通勤问题！');
  });
  it('works on a window that starts inside the document', () => {
    const window = text.slice(3);
    const start = text.indexOf('星动巴士');
    expect(sentenceAround(window, 3, start, start + 4)).toBe('开通“星动巴士”，解决通勤问题！');
  });
  it('keeps a last sentence without a stop', () => {
    expect(sentenceAround(text, 0, text.indexOf('无事故'), text.length)).toBe('全年无事故');
  });
});

describe('ancestorAt', () => {
  const ancestors = [
    { id: 'a', name: '余杭区', code: null, level: 'district', depth: 1, since: null, until: 2020 },
    { id: 'b', name: '临平区', code: null, level: 'district', depth: 1, since: 2021, until: null },
  ];
  it('picks the parent valid in the year, else the current one', () => {
    expect(ancestorAt(ancestors, 'district', 2019)?.name).toBe('余杭区');
    expect(ancestorAt(ancestors, 'district', 2022)?.name).toBe('临平区');
    expect(ancestorAt(ancestors, 'district', null)?.name).toBe('余杭区');
    expect(ancestorAt(ancestors, 'city', 2019)).toBeNull();
  });
});

describe('lucenePhrase', () => {
  it('quotes the text and escapes quotes and backslashes', () => {
    expect(lucenePhrase('全域美丽')).toBe('"全域美丽"');
    expect(lucenePhrase('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
