import { pageAt, pageOf } from './pages';

describe('pages of a document text', () => {
  const text = '第一页\n\f\n第二页\n\f\n第三页';

  it('counts the page breaks before an offset', () => {
    expect(pageAt(text, 0)).toBe(1);
    expect(pageAt(text, text.indexOf('第二页'))).toBe(2);
    expect(pageAt(text, text.indexOf('第三页'))).toBe(3);
  });

  it('gives no page for a document without pages', () => {
    expect(pageOf({ text, pageCount: null }, 5)).toBeNull();
    expect(pageOf({ text, pageCount: 3 }, text.indexOf('第三页'))).toBe(3);
  });
});
