// A correction whose target leaves the graph is kept and reported as orphaned, never dropped.
import { Neo4jExecutor, buildDocumentRows, correctionLog, deleteDocuments, importCorrections, loadGazetteer, orphanedCorrections, recordCorrection, writeDocument } from '@policy-graph/graph';
import type { Correction } from '@policy-graph/model';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { wipeGraph } from './support/graph-state';
import { handExtraction } from './support/hand-extraction';

const gazetteer = loadGazetteer();
const STREET = { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省' };
const x = handExtraction({
  text: '推进“孤儿审校美丽”。孤儿巴士开通。',
  year: 2020,
  subject: STREET,
  slogans: [{ name: '孤儿审校美丽' }],
  projects: ['孤儿巴士'],
  fulfils: [['孤儿巴士', '孤儿审校美丽']],
});
const DOC = x.document.sha256;
let executor: Neo4jExecutor;

const listed = (...args: string[]) =>
  runKg(['corrections', 'list', ...args])
    .stdout.split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as Correction).id);

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  await writeDocument(executor, buildDocumentRows(x, { sourceKey: 'hand/orphans', gazetteer }));
}, 60_000);

afterAll(() => executor?.close());

describe('orphaned corrections', () => {
  let kept: Correction[];

  it('are none while what the corrections name is in the graph', async () => {
    kept = [
      await recordCorrection(executor, { kind: 'accept-fulfils', project: '孤儿巴士', slogan: '孤儿审校美丽', author: '审校员' }),
      await recordCorrection(executor, { kind: 'add-fulfils', project: '孤儿巴士', slogan: '孤儿审校美丽', document: DOC, start: 0, end: 4, author: '审校员' }),
      await recordCorrection(executor, { kind: 'reject-slogan', slogan: '孤儿巴士', author: '审校员' }),
    ];
    expect(await orphanedCorrections(executor, await correctionLog(executor))).toEqual(new Set());
    expect(listed('--orphaned')).toEqual([]);
  });

  it('are listed as orphaned once their document is deleted, and kept in the log', async () => {
    expect(await deleteDocuments(executor, [DOC])).toEqual({ deleted: [DOC], missing: [] });
    expect(listed()).toEqual(kept.map((c) => c.id));
    expect(listed('--orphaned')).toEqual(kept.map((c) => c.id));
  }, 60_000);

  it('include an imported correction about a document this graph does not have', async () => {
    const elsewhere = { kind: 'set-document', document: 'e'.repeat(64), year: 2001, author: '他人', reason: '', id: 'c-elsewhere', at: '2026-01-01T00:00:00.000Z' };
    expect(await importCorrections(executor, [elsewhere])).toEqual({ added: 1, known: 0 });
    expect(listed('--orphaned')).toContain('c-elsewhere');
  }, 60_000);
});
