import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IngestItem } from '@policy-graph/graph';
import type { SourceFile } from './collect-files';
import type { Preparer } from './extraction-pool';
import type { FileStates } from './file-states';

// Yields the documents in file order while up to `ahead` of them are being extracted.
// Documents whose bytes are already in the graph skip extraction. Each file's state is kept in
// `states`: reading, extracting, then loading once it is handed on to be written.
export async function* preparedItems(files: SourceFile[], known: ReadonlySet<string>, preparer: Preparer, ahead: number, states?: FileStates): AsyncGenerator<IngestItem> {
  const window: Promise<IngestItem>[] = [];
  let next = 0;
  const handOn = async () => {
    const item = await (window.shift() as Promise<IngestItem>);
    states?.set(next++, 'loading');
    return item;
  };
  for (const [index, file] of files.entries()) {
    states?.set(index, 'reading');
    window.push(start(file, known, preparer, () => states?.set(index, 'extracting')));
    if (window.length >= ahead) yield await handOn();
  }
  while (window.length) yield await handOn();
}

function start(file: SourceFile, known: ReadonlySet<string>, preparer: Preparer, extracting: () => void): Promise<IngestItem> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file.path));
  } catch (error) {
    return Promise.resolve({ file: file.sourceKey, kind: 'failed', reason: `unreadable: ${(error as Error).message}` });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (known.has(sha)) return Promise.resolve({ file: file.sourceKey, kind: 'unchanged' });
  extracting();
  return preparer.prepare({ file: file.path, sourceKey: file.sourceKey, bytes });
}
