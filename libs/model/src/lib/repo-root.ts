import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository's root folder (the one with nx.json) above `from`, a module's __dirname. Code runs
 * from its sources or compiled into dist/node, two folders deeper, so no fixed number of '..' fits both.
 */
export function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json above ${from}`);
  }
}
