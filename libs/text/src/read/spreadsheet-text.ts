import type { CheerioAPI } from 'cheerio';

/**
 * A spreadsheet exported as HTML, as text: one line per non-empty cell and a blank line after each
 * row, every sheet in turn. Task tables then read like the tables on government pages (a cell per
 * line under a line per column label), which is the form the table rules expect.
 */
export function spreadsheetText(html: string): string {
  const $: CheerioAPI = (require('cheerio') as typeof import('cheerio')).load(html);
  const rows: string[] = [];
  $('table tr').each((_, tr) => {
    const cells = $(tr)
      .children('td, th')
      .map((__, cell) => $(cell).text().replace(/[ \t\r\n\u00a0]+/g, ' ').trim())
      .get()
      .filter((cell) => cell !== '');
    if (cells.length) rows.push(cells.join('\n'));
  });
  return rows.join('\n\n');
}
