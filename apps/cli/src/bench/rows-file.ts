import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { DocumentRows, IngestItem } from '@policy-graph/graph';

// Extracted rows kept on disk as JSON lines between the bench's phases, so memory stays flat.
export async function writeRowsFile(items: AsyncIterable<IngestItem>, path: string): Promise<{ documents: number; failed: number }> {
  const out = createWriteStream(path);
  let documents = 0;
  let failed = 0;
  for await (const item of items) {
    if (item.kind !== 'rows') {
      failed += 1;
      continue;
    }
    documents += 1;
    if (!out.write(`${JSON.stringify(item.rows)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { documents, failed };
}

export async function* readRowsFile(path: string): AsyncGenerator<DocumentRows> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as DocumentRows;
}
