// Corrections through `kg corrections` on a real seed document: every kind shows in the graph at
// once (the documents it concerns are written again from their stored text), and reverting gives
// back exactly the graph there was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDocument } from '@policy-graph/extract';
import { Neo4jExecutor, buildDocumentRows, loadGazetteer, writeDocument } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';

const SEED = '000_99ebe1f9c7b4f081.txt';
let executor: Neo4jExecutor;

function correct(...args: string[]): string {
  const result = runKg(['corrections', 'add', ...args, '--author', '审校员']);
  expect(result.stderr).toMatch(/documents written again/);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string }).id;
}

const slogan = (name: string) => executor.read<{ name: string; aliases: string[] }>('MATCH (s:Slogan {name: $name}) RETURN s.name AS name, s.aliases AS aliases', { name });

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  const x = await extractDocument(new Uint8Array(readFileSync(resolve(__dirname, '../../seeds', SEED))), SEED);
  await writeDocument(executor, buildDocumentRows(x, { sourceKey: `seeds/${SEED}`, gazetteer: loadGazetteer() }));
}, 120_000);

afterAll(() => executor?.close());

describe('kg corrections add', () => {
  it('merges and rejects at once, and reverting both gives back the same graph', async () => {
    const before = await contentChecksum(executor);
    expect(await slogan('全域治理')).toHaveLength(1);
    expect(await slogan('管理提升年')).toHaveLength(1);

    const merge = correct('--kind', 'merge-slogans', '--from', '全域治理', '--into', '全域美丽');
    expect(await slogan('全域治理')).toEqual([]);
    expect((await slogan('全域美丽'))[0].aliases).toContain('全域治理');

    const reject = correct('--kind', 'reject-slogan', '--slogan', '管理提升年');
    expect(await slogan('管理提升年')).toEqual([]);
    expect(await orphans(executor)).toEqual([]);

    correct('--kind', 'revert', '--correction', reject);
    correct('--kind', 'revert', '--correction', merge);
    expect(await contentChecksum(executor)).toEqual(before);
  }, 300_000);

  it('names a bad correction and records nothing', () => {
    const result = runKg(['corrections', 'add', '--kind', 'reject-fulfils', '--project', '星动巴士', '--author', '审校员']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/BAD_CORRECTION.*slogan/);
    expect(runKg(['corrections', 'list']).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
});
