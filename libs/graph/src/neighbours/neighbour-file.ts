import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeighbourData } from './compute-neighbours';

// The adjacency is computed once (`kg neighbours compute`) and kept in the repository.
export const neighbourFile = (repoRoot: string) => join(repoRoot, 'graph', 'neighbours', 'neighbours.json');

// One pair a line, so a recomputation shows as a readable diff.
export function writeNeighbourFile(path: string, data: NeighbourData): void {
  const list = (pairs: unknown[]) => `[\n${pairs.map((p) => `      ${JSON.stringify(p)}`).join(',\n')}\n    ]`;
  const body = [
    '{',
    `  "source": ${JSON.stringify(data.source)},`,
    `  "method": ${JSON.stringify(data.method)},`,
    '  "tiers": {',
    `    "province": ${list(data.tiers.province)},`,
    `    "city": ${list(data.tiers.city)},`,
    `    "district": ${list(data.tiers.district)}`,
    '  },',
    `  "unmatched": ${JSON.stringify(data.unmatched)}`,
    '}',
  ].join('\n');
  writeFileSync(path, `${body}\n`);
}

export function readNeighbourFile(path: string): NeighbourData {
  return JSON.parse(readFileSync(path, 'utf8')) as NeighbourData;
}
