// Reviewers' corrections on a real Neo4j: they are kept as a log, take effect on the graph, survive
// a new version of the document, and a revert gives back the very graph there was before.
import { Neo4jExecutor, buildDocumentRows, correctionLog, importCorrections, loadGazetteer, recordCorrection, searchNames, writeDocument } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { HandDocument, handExtraction } from './support/hand-extraction';

const gazetteer = loadGazetteer();
const STREET = { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省' };
const SOURCE = 'hand/xq-review';
let executor: Neo4jExecutor;

// three versions of one street report, each a little different, all tying 星动巴士 to 全域美丽
const version = (n: number): HandDocument => ({
  text: `第${n}版。推进“全域美丽”，打造“美丽大花园”。星动巴士开通，社区居民驿站建成。`,
  year: 2019,
  subject: STREET,
  slogans: [{ name: '全域美丽' }, { name: '美丽大花园' }],
  projects: ['星动巴士', '社区居民驿站'],
  fulfils: [
    ['星动巴士', '全域美丽'],
    ['社区居民驿站', '美丽大花园'],
  ],
});

const write = (n: number) => writeDocument(executor, buildDocumentRows(handExtraction(version(n)), { sourceKey: SOURCE, gazetteer }));

async function ties(): Promise<string[]> {
  const rows = await executor.read<{ tie: string }>('MATCH (p:Project)-[:FULFILS]->(s:Slogan) RETURN p.name + "→" + s.name AS tie ORDER BY tie');
  return rows.map((r) => r.tie);
}

async function slogans(): Promise<{ name: string; aliases: string[] }[]> {
  return executor.read('MATCH (s:Slogan) RETURN s.name AS name, s.aliases AS aliases ORDER BY name');
}

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
}, 60_000);

afterAll(() => executor?.close());

describe('corrections', () => {
  let before: Awaited<ReturnType<typeof contentChecksum>>;
  let rejectId: string;
  let mergeId: string;

  it('a rejected FULFILS leaves the graph at once and is logged with its author', async () => {
    await write(1);
    before = await contentChecksum(executor);
    expect(await ties()).toEqual(['星动巴士→全域美丽', '社区居民驿站→美丽大花园']);
    const reject = await recordCorrection(executor, { kind: 'reject-fulfils', project: '星动巴士', slogan: '全域美丽', author: 'planner', reason: '通勤线路不属于全域美丽' });
    rejectId = reject.id;
    expect(await ties()).toEqual(['社区居民驿站→美丽大花园']);
    const log = await executor.read<{ author: string; target: string; status: string }>('MATCH (c:Correction) RETURN c.author AS author, c.target AS target, c.status AS status');
    expect(log).toEqual([{ author: 'planner', target: 'FULFILS:星动巴士→全域美丽', status: 'active' }]);
  });

  it('stays rejected when a new version of the document replaces the old one', async () => {
    expect((await write(2)).status).toBe('replaced');
    expect(await ties()).toEqual(['社区居民驿站→美丽大花园']);
    expect(await orphans(executor)).toEqual([]);
  });

  it('a merge of two slogans holds for the next version, the merged name kept as an alias', async () => {
    mergeId = (await recordCorrection(executor, { kind: 'merge-slogans', from: '美丽大花园', into: '全域美丽', author: 'researcher' })).id;
    await write(3);
    expect(await slogans()).toEqual([{ name: '全域美丽', aliases: ['美丽大花园'] }]);
    expect(await ties()).toEqual(['社区居民驿站→全域美丽']);
    // a researcher who searches the old name finds the slogan it was merged into
    const hits = await searchNames(executor, { text: '美丽大花园', romanised: null, labels: ['Slogan'], limit: 5 });
    expect(hits.map((h) => h.name)).toEqual(['全域美丽']);
  });

  it('reverting both corrections gives back exactly the graph there was before them', async () => {
    await recordCorrection(executor, { kind: 'revert', correction: mergeId, author: 'researcher' });
    await recordCorrection(executor, { kind: 'revert', correction: rejectId, author: 'planner' });
    await write(1);
    expect(await contentChecksum(executor)).toEqual(before);
    const statuses = await executor.read<{ kind: string; status: string }>('MATCH (c:Correction) RETURN c.kind AS kind, c.status AS status ORDER BY c.at, c.id');
    expect(statuses.map((s) => `${s.kind}:${s.status}`)).toEqual(['reject-fulfils:reverted', 'merge-slogans:reverted', 'revert:active', 'revert:active']);
  });

  it('logs two concurrent decisions on one tie, and the later one in the log holds', async () => {
    const tie = { project: '星动巴士', slogan: '全域美丽' };
    const [reject, accept] = await Promise.all([
      recordCorrection(executor, { kind: 'reject-fulfils', ...tie, author: 'planner' }),
      recordCorrection(executor, { kind: 'accept-fulfils', ...tie, author: 'researcher' }),
    ]);
    const decisions = (await correctionLog(executor)).filter((c) => c.id === reject.id || c.id === accept.id);
    expect(decisions.map((c) => c.kind).sort()).toEqual(['accept-fulfils', 'reject-fulfils']);
    await write(4);
    const later = decisions[decisions.length - 1];
    if (later.kind === 'accept-fulfils') expect(await ties()).toContain('星动巴士→全域美丽');
    else expect(await ties()).not.toContain('星动巴士→全域美丽');
    // leave the tie as it was for the next test
    for (const c of decisions) await recordCorrection(executor, { kind: 'revert', correction: c.id, author: 'x' });
  });

  it('exports and imports the log unchanged, and refuses a bad correction with the reason', async () => {
    const log = await correctionLog(executor);
    expect(log).toHaveLength(8);
    expect(await importCorrections(executor, log)).toEqual({ added: 0, known: 8 });
    await executor.write('MATCH (c:Correction) DETACH DELETE c');
    expect(await importCorrections(executor, log)).toEqual({ added: 8, known: 0 });
    expect(await correctionLog(executor)).toEqual(log);
    await expect(recordCorrection(executor, { kind: 'revert', correction: 'c-nothing', author: 'x' })).rejects.toThrow(/c-nothing does not exist/);
    await expect(recordCorrection(executor, { kind: 'merge-slogans', from: '全域美丽', author: 'x' })).rejects.toThrow(/into/);
    expect(await correctionLog(executor)).toHaveLength(8);
  });
});
