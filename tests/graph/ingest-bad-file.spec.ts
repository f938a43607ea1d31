// A folder with a good report and two unreadable files: the bad ones fail alone, each with a
// reason, and nothing of them reaches the graph.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { wipeGraph } from './support/graph-state';
import { SEEDS_DIR, kgIngest } from './support/seeds';

const GOOD = '004_2a50b552bcae988d.txt';
let executor: Neo4jExecutor;
let folder: string;

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  folder = join(mkdtempSync(join(tmpdir(), 'policy-graph-bad-')), 'mixed');
  mkdirSync(folder);
  copyFileSync(join(SEEDS_DIR, GOOD), join(folder, GOOD));
  writeFileSync(join(folder, 'broken.pdf'), '%PDF-1.4\n not really a pdf');
  writeFileSync(join(folder, 'broken.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef]));
}, 60_000);

afterAll(async () => {
  await executor?.close();
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

it('writes the good document and reports each bad one with its reason', async () => {
  const summary = await kgIngest([folder]);
  expect(summary).toMatchObject({ new: 1, unchanged: 0, replaced: 0 });
  expect(summary.failed.map((f) => f.file).sort()).toEqual(['mixed/broken.docx', 'mixed/broken.pdf']);
  for (const failure of summary.failed) expect(failure.reason).toMatch(/extraction failed: .*(PDF|ZIP|docx)/i);
  const docs = await executor.read<{ key: string }>('MATCH (d:Document) RETURN d.sourceKey AS key');
  expect(docs).toEqual([{ key: `mixed/${GOOD}` }]);
}, 300_000);
