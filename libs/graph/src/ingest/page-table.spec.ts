import { PageTable } from './page-table';
import { withPages } from './row-pages';
import type { DocumentRows } from './document-rows.types';

describe('PageTable', () => {
  const text = '第一页\n\f\n星动巴士开通\n\f\n第三页';

  it('maps offsets to pages by the form feeds before them', () => {
    const table = PageTable.of(text, 'pdf');
    expect(table?.count).toBe(3);
    expect(table?.pageAt(0)).toBe(1);
    expect(table?.pageAt(text.indexOf('星动巴士'))).toBe(2);
    expect(table?.pageAt(text.indexOf('第三页'))).toBe(3);
  });

  it('gives a one-page PDF one page and a web page none', () => {
    expect(PageTable.of('全域美丽', 'pdf')?.pageAt(2)).toBe(1);
    expect(PageTable.of('全域美丽', 'html')).toBeNull();
  });
});

describe('withPages', () => {
  const text = '三个全域\n\f\n开通“星动巴士”，标志着“全域创新”行动方案进入落实阶段。';
  const at = (s: string) => text.indexOf(s);
  const rows = {
    doc: { id: 'd', text, format: 'pdf' },
    placeMentions: [],
    slogans: [{ id: '全域创新', starts: [at('全域创新')], ends: [at('全域创新') + 4] }, { id: '三个全域', starts: [0], ends: [4] }],
    projects: [{ id: 'p', starts: [at('星动巴士')], ends: [at('星动巴士') + 4] }],
    fulfils: [{ project: 'p', slogan: '全域创新', start: at('开通'), end: text.length }],
    outcomes: [{ id: 'o', start: null }],
  } as unknown as DocumentRows;

  it('gives every mention, evidence span and outcome its page', () => {
    const paged = withPages(rows);
    expect(paged.doc.pageCount).toBe(2);
    expect(paged.slogans.map((s) => s.pages)).toEqual([[2], [1]]);
    expect(paged.projects[0].pages).toEqual([2]);
    expect(paged.fulfils[0].page).toBe(2);
    expect(paged.outcomes[0].page).toBeNull();
  });

  it('leaves a document without pages as it is', () => {
    const html = { ...rows, doc: { ...rows.doc, text: '三个全域', format: 'html' } };
    expect(withPages(html)).toBe(html);
  });
});
