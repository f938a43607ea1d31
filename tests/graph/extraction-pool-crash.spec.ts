// An extraction worker thread dies in the middle of a 50-file ingest: that file fails with the
// reason, the other 49 reach the graph, and the pool has as many threads after as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { cliIngest } from './support/cli-ingest';
import { corpusSubset } from './support/corpus-subset';
import { CRASH_FOLDER } from './support/crashing-extract-worker';
import { wipeGraph } from './support/graph-state';

const DOCUMENTS = 50;
const THREADS = 2;
let executor: Neo4jExecutor;
let subset: ReturnType<typeof corpusSubset>;

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  subset = corpusSubset(DOCUMENTS, 53);
}, 120_000);

afterAll(async () => {
  await executor?.close();
  subset?.cleanup();
});

it('a crashed worker fails only its own document and is replaced', async () => {
  const { collectFiles, WorkerPreparer, runIngest } = cliIngest();
  // the 25th report moves into the folder whose files the worker dies on
  const middle = collectFiles([subset.dir])[24].path;
  mkdirSync(join(dirname(middle), CRASH_FOLDER));
  renameSync(middle, join(dirname(middle), CRASH_FOLDER, basename(middle)));
  const files = collectFiles([subset.dir]);
  expect(files).toHaveLength(DOCUMENTS);
  const [victim] = files.filter((f) => f.sourceKey.includes(`/${CRASH_FOLDER}/`));
  const pool = new WorkerPreparer(require.resolve('./support/crashing-extract-worker'), THREADS);
  try {
    const summary = await runIngest({ paths: [subset.dir], executor, workers: THREADS, preparer: pool, progress: process.stderr, progressEvery: 1000 });
    expect(summary.failed).toEqual([{ file: victim.sourceKey, reason: expect.stringMatching(/extraction worker stopped while reading it: .*exit.*70/) }]);
    expect(summary.new).toBe(DOCUMENTS - 1);
    const inGraph = await executor.read<{ id: string }>('MATCH (d:Document) RETURN d.id AS id');
    const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const expected = files.filter((f) => f !== victim).map((f) => sha(f.path));
    expect(inGraph.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(pool.threads).toBe(THREADS);
  } finally {
    await pool.close();
  }
}, 300_000);
