import type { Writable } from 'node:stream';
import { csvCell } from './csv-writer';
import type { ReadRunner } from './graph-sources';
import { plainValue } from './plain-value';
import { Sink } from './sink';

// Streams a query's rows as CSV (a header, then a line per row) or as a JSON array of objects.
export async function exportRows(db: ReadRunner, cypher: string, params: Record<string, unknown>, format: 'csv' | 'json', out: Writable): Promise<number> {
  const sink = new Sink(out);
  let rows = 0;
  await db.executeRead(async (tx) => {
    const result = tx.run(cypher, params);
    const keys = (await result.keys()) as string[];
    await sink.write(format === 'csv' ? `${keys.map(csvCell).join(',')}\n` : '[');
    for await (const record of result) {
      const values = keys.map((k) => plainValue(record.get(k)));
      if (format === 'csv') await sink.write(`${values.map(csvCell).join(',')}\n`);
      else await sink.write(`${rows ? ',' : ''}\n${JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, values[i]])))}`);
      rows += 1;
    }
    if (format === 'json') await sink.write('\n]\n');
  });
  return rows;
}
