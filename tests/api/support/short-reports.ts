import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CORPUS_TARBALL } from '../../graph/support/corpus-subset';

function* reports(dir: string): Generator<{ path: string; size: number }> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* reports(path);
    else if (name.endsWith('.md') && name !== 'README.md') yield { path, size: stat.size };
  }
}

// `count` of the shorter real reports of the corpus (every third of the shortest), with their folders,
// in <parent>/short-reports: a job of many files that a test can run twice in a couple of minutes.
export function shortReports(count: number): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'policy-graph-short-'));
  const unpacked = join(parent, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xJf', CORPUS_TARBALL, '-C', unpacked]);
  const dir = join(parent, 'short-reports');
  const shortest = [...reports(unpacked)].sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : 1));
  for (const { path } of shortest.filter((_, i) => i % 3 === 0).slice(0, count)) {
    const target = join(dir, relative(unpacked, path));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
  }
  rmSync(unpacked, { recursive: true, force: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
