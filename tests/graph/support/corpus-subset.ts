import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const CORPUS_TARBALL = resolve(__dirname, '../../../../shared/corpus/gov-work-reports.tar.xz');

function* markdown(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdown(path);
    else if (name.endsWith('.md') && name !== 'README.md') yield path;
  }
}

// Every `step`-th report of the corpus (in path order), copied with its folders into
// <parent>/corpus-subset, so a folder name still says whose report it is.
export function corpusSubset(count: number, step: number): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'policy-graph-corpus-'));
  const unpacked = join(parent, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xJf', CORPUS_TARBALL, '-C', unpacked]);
  const dir = join(parent, 'corpus-subset');
  const files = [...markdown(unpacked)].filter((_, i) => i % step === 0).slice(0, count);
  for (const file of files) {
    const target = join(dir, relative(unpacked, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  rmSync(unpacked, { recursive: true, force: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
