// Pages of a document with pages (a PDF, a scan): its text holds a form feed between pages.

export const PAGE_BREAK = '\f';

/** The 1-based page an offset of the text falls on. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i >= 0 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page++;
  return page;
}

/** The page of an offset in a document, or null when the document has no pages. */
export function pageOf(doc: { text: string; pageCount?: number | null }, offset: number | null): number | null {
  return doc.pageCount && offset !== null ? pageAt(doc.text, offset) : null;
}
