// Deleting documents on a real Neo4j: everything only they support goes, what others support stays,
// the graph is the one the remaining documents make, and a wrong id deletes nothing.
import { Neo4jExecutor, buildDocumentRows, deleteDocuments, loadGazetteer, writeDocument } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { HandDocument, handExtraction } from './support/hand-extraction';

const gazetteer = loadGazetteer();
const SUBJECT = { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省' };
let executor: Neo4jExecutor;

const kept: HandDocument = {
  text: '推进“全域美丽”，社区居民驿站建成。',
  year: 2019,
  subject: SUBJECT,
  slogans: [{ name: '全域美丽' }],
  projects: ['社区居民驿站'],
  fulfils: [['社区居民驿站', '全域美丽']],
};
const removed: HandDocument = {
  text: '深化“全域美丽”，推进“删除测试行动”，删除测试驿站建成，全年投入20万元。',
  year: 2020,
  subject: SUBJECT,
  slogans: [{ name: '全域美丽' }, { name: '删除测试行动' }],
  projects: ['删除测试驿站'],
  outcomes: [{ value: 20, unit: '万元', status: 'input', metric: '投入', text: '全年投入20万元', project: '删除测试驿站' }],
  fulfils: [['删除测试驿站', '删除测试行动']],
};
const write = (doc: HandDocument, key: string) => writeDocument(executor, buildDocumentRows(handExtraction(doc), { sourceKey: key, gazetteer }));
const idOf = (doc: HandDocument) => handExtraction(doc).document.sha256;

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
}, 60_000);

afterAll(() => executor?.close());

describe('deleting documents', () => {
  it('leaves the graph the remaining documents make, with nothing orphaned', async () => {
    await write(kept, 'hand/kept');
    const onlyKept = await contentChecksum(executor);
    await write(removed, 'hand/removed');
    expect(await contentChecksum(executor)).not.toEqual(onlyKept);
    expect(await deleteDocuments(executor, [idOf(removed)])).toEqual({ deleted: [idOf(removed)], missing: [] });
    expect(await contentChecksum(executor)).toEqual(onlyKept);
    expect(await orphans(executor)).toEqual([]);
    const adopts = await executor.read<{ years: number[] }>('MATCH (:Place {name: "星桥街道"})-[a:ADOPTS]->(:Slogan {name: "全域美丽"}) RETURN a.years AS years');
    expect(adopts).toEqual([{ years: [2019] }]);
  });

  it('deletes nothing when one of the ids is not in the graph, and says which', async () => {
    const before = await contentChecksum(executor);
    const unknown = 'f'.repeat(64);
    expect(await deleteDocuments(executor, [idOf(kept), unknown])).toEqual({ deleted: [], missing: [unknown] });
    expect(await contentChecksum(executor)).toEqual(before);
    const cli = runKg(['delete', unknown]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(new RegExp(`not in the graph: ${unknown}`));
    expect(runKg(['delete', 'abc']).stderr).toMatch(/not a document id/);
  });
});
