import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IngestItem } from '@policy-graph/graph';
import type { SourceFile } from './collect-files';
import type { Preparer } from './extraction-pool';

// Yields the documents in file order while up to `ahead` of them are being extracted.
// Documents whose bytes are already in the graph skip extraction.
export async function* preparedItems(files: SourceFile[], known: ReadonlySet<string>, preparer: Preparer, ahead: number): AsyncGenerator<IngestItem> {
  const window: Promise<IngestItem>[] = [];
  for (const file of files) {
    window.push(start(file, known, preparer));
    if (window.length >= ahead) yield await (window.shift() as Promise<IngestItem>);
  }
  while (window.length) yield await (window.shift() as Promise<IngestItem>);
}

function start(file: SourceFile, known: ReadonlySet<string>, preparer: Preparer): Promise<IngestItem> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file.path));
  } catch (error) {
    return Promise.resolve({ file: file.sourceKey, kind: 'failed', reason: `unreadable: ${(error as Error).message}` });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (known.has(sha)) return Promise.resolve({ file: file.sourceKey, kind: 'unchanged' });
  return preparer.prepare({ file: file.path, sourceKey: file.sourceKey, bytes });
}
