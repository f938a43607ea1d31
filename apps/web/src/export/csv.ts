function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a BOM so spreadsheet programs read the Chinese text as UTF-8. */
export function toCsv(columns: readonly string[], rows: readonly unknown[][]): string {
  const lines = [columns.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
