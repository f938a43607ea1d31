// Pages of a document, from the page breaks (form feeds) its reader put in the text: a PDF's or a
// scan's pages, or a text file with form feeds. Offsets then map to pages with no table stored
// beside the text, so re-extraction from the stored text finds the same pages.

const PAGE_BREAK = '\f';
const PAGED_FORMATS = new Set(['pdf', 'image']);

export class PageTable {
  private constructor(private readonly breaks: number[]) {}

  /** The document's pages, or null when it has none (a web page, a Word file). */
  static of(text: string, format: string | null | undefined): PageTable | null {
    const breaks: number[] = [];
    for (let i = text.indexOf(PAGE_BREAK); i >= 0; i = text.indexOf(PAGE_BREAK, i + 1)) breaks.push(i);
    return breaks.length || PAGED_FORMATS.has(format ?? '') ? new PageTable(breaks) : null;
  }

  get count(): number {
    return this.breaks.length + 1;
  }

  /** The 1-based page an offset falls on. */
  pageAt(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}
