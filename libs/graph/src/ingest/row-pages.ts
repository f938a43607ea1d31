import type { DocumentRows } from './document-rows.types';
import { PageTable } from './page-table';

/**
 * The rows with the page of every mention, evidence span and outcome, and the document's page
 * count, when the document has pages; the rows unchanged otherwise.
 */
export function withPages(rows: DocumentRows): DocumentRows {
  const table = PageTable.of(rows.doc.text, rows.doc.format);
  if (!table) return rows;
  const pagesOf = (starts: number[]) => starts.map((s) => table.pageAt(s));
  return {
    ...rows,
    doc: { ...rows.doc, pageCount: table.count },
    placeMentions: rows.placeMentions.map((m) => ({ ...m, pages: pagesOf(m.starts) })),
    slogans: rows.slogans.map((s) => ({ ...s, pages: pagesOf(s.starts) })),
    projects: rows.projects.map((p) => ({ ...p, pages: pagesOf(p.starts) })),
    fulfils: rows.fulfils.map((f) => ({ ...f, page: table.pageAt(f.start) })),
    outcomes: rows.outcomes.map((o) => ({ ...o, page: o.start === null ? null : table.pageAt(o.start) })),
  };
}
