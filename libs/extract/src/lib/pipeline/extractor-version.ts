import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '@policy-graph/model';

// The version of the extractor that made a document: a hash of the extraction code itself, so any
// change of a rule or a word list is a new version and `kg reextract` knows what to redo.
let cached: string | null = null;

export function extractorVersion(): string {
  if (cached) return cached;
  // the sources, also when this runs compiled from dist/node
  const root = path.join(repoRoot(__dirname), 'libs', 'extract', 'src', 'lib');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
