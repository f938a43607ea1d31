// kg reextract on a real Neo4j: documents made by an older extractor are read again from their
// stored text, a dry run lists what would change, and reviewers' corrections hold through it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDocument } from '@policy-graph/extract';
import { Neo4jExecutor, buildDocumentRows, loadGazetteer, recordCorrection, writeDocument } from '@policy-graph/graph';
import type { Extraction } from '@policy-graph/model';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { orphans, wipeGraph } from './support/graph-state';

const SEED = '000_99ebe1f9c7b4f081.txt';
const gazetteer = loadGazetteer();
let executor: Neo4jExecutor;
let current: Extraction;

async function fulfils(): Promise<string[]> {
  const rows = await executor.read<{ tie: string }>('MATCH (p:Project)-[:FULFILS]->(s:Slogan) RETURN p.name + "→" + s.name AS tie ORDER BY tie');
  return rows.map((r) => r.tie);
}

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  current = await extractDocument(new Uint8Array(readFileSync(resolve(__dirname, '../../seeds', SEED))), SEED);
  // the same document as an older extractor read it: one tie fewer, one slogan that is not one
  const older: Extraction = {
    ...current,
    document: { ...current.document, extractor: 'older' },
    slogans: [...current.slogans, { name: '旧规则口号', aliases: [], parts: [], mentions: [{ start: 0, end: 2 }] }],
    relations: current.relations.filter((r) => !(r.from === '星动巴士' && r.to === '全域创新')),
  };
  await writeDocument(executor, buildDocumentRows(older, { sourceKey: `seeds/${SEED}`, gazetteer }));
}, 120_000);

afterAll(() => executor?.close());

describe('kg reextract', () => {
  it('lists, in a dry run, the facts the current extractor would add and remove, and writes nothing', async () => {
    const result = runKg(['reextract', '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`seeds/${SEED}`);
    expect(result.stdout).toMatch(/\+ fulfils \S+\|星动巴士 → 全域创新/);
    expect(result.stdout).toMatch(/- slogans 旧规则口号/);
    expect(result.stderr).toMatch(/1 of 1 documents would change/);
    expect(await fulfils()).not.toContain('星动巴士→全域创新');
  });

  it('extracts the older document again, keeping a rejected FULFILS rejected', async () => {
    const tie = current.relations.find((r) => r.type === 'FULFILS' && r.from !== '星动巴士') as Extraction['relations'][number];
    await recordCorrection(executor, { kind: 'reject-fulfils', project: tie.from, slogan: tie.to, author: 'reviewer' });
    const result = runKg(['reextract']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/1 documents extracted again/);
    const ties = await fulfils();
    expect(ties).toContain('星动巴士→全域创新');
    expect(ties).not.toContain(`${tie.from}→${tie.to}`);
    const [doc] = await executor.read<{ extractor: string }>('MATCH (d:Document) RETURN d.extractor AS extractor');
    expect(doc.extractor).toBe(current.document.extractor);
    expect(await executor.read('MATCH (s:Slogan {name: "旧规则口号"}) RETURN s')).toEqual([]);
    expect(await orphans(executor)).toEqual([]);
  });

  it('then finds nothing left to do', () => {
    const result = runKg(['reextract', '--dry-run']);
    expect(result.stderr).toMatch(/0 of 0 documents would change/);
  });
});
