import { writeFileSync } from 'node:fs';

// A flat table with a declared type per column, written as CSV or Parquet with the same columns.
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

export interface Table<R> {
  columns: { name: keyof R & string; type: ColumnType }[];
  rows: R[];
}

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

// RFC 4180 with a UTF-8 byte-order mark, so a spreadsheet opens the Chinese names as they are.
export function tableCsv<R>(table: Table<R>): string {
  const lines = [table.columns.map((c) => c.name).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.name])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function writeTable<R>(table: Table<R>, file: string): Promise<'csv' | 'parquet'> {
  if (file.endsWith('.parquet')) {
    // ESM-only package: loaded here, when a Parquet file is asked for.
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const buffer = parquetWriteBuffer({
      columnData: table.columns.map((c) => ({ name: c.name, type: c.type, data: table.rows.map((r) => r[c.name] ?? null) as never })),
      createdBy: 'policy-graph',
    });
    writeFileSync(file, Buffer.from(buffer));
    return 'parquet';
  }
  writeFileSync(file, tableCsv(table));
  return 'csv';
}
