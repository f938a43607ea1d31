/** Separates pages in a document's text: a form feed on a line of its own, as pdftotext and tesseract mark them. */
export const PAGE_BREAK = '\f';

export interface PagedText {
  text: string;
  /** offset in `text` where each page starts; null for documents without pages */
  pages: number[] | null;
  /** pages (1-based) whose text came from OCR */
  ocrPages: number[];
}

/** The pages' texts as one text, with a page break between pages and each page's start offset. */
export function joinPages(texts: string[], ocrPages: number[] = []): PagedText {
  const pages: number[] = [];
  let text = '';
  texts.forEach((page, i) => {
    if (i > 0) text += `\n${PAGE_BREAK}\n`;
    pages.push(text.length);
    text += page.replace(/\f/g, '\n').replace(/^\n+|\n+$/g, '');
  });
  return { text, pages, ocrPages };
}
