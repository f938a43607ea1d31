// Every kind of correction on a real seed document and a real Neo4j: each shows at once, holds when
// the document is extracted again, and reverting it gives back the very graph there was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDocument, extractText } from '@policy-graph/extract';
import {
  Neo4jExecutor,
  buildDocumentRows,
  correctionLog,
  documentsTouchedBy,
  loadGazetteer,
  recordCorrection,
  rewriteDocuments,
  searchNames,
  writeDocument,
  type GraphChecksum,
} from '@policy-graph/graph';
import type { Correction } from '@policy-graph/model';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';

const SEED = '000_99ebe1f9c7b4f081.txt';
const DOC = '43cef936958c52511f939299333d79a238f7f3d94eb854772ee6c81e7f210046';
const STREET = '330113004';
const gazetteer = loadGazetteer();
let executor: Neo4jExecutor;
let before: GraphChecksum;
let text: string;

async function correct(raw: Record<string, unknown>): Promise<Correction> {
  const c = await recordCorrection(executor, { author: '审校员', ...raw });
  await rewriteDocuments(executor, await documentsTouchedBy(executor, c), gazetteer, extractText);
  return c;
}
const revert = (...cs: Correction[]) => cs.reverse().reduce((p, c) => p.then(() => correct({ kind: 'revert', correction: c.id }).then(() => undefined)), Promise.resolve());
// what kg reextract --all does: every document written again from its stored text
const reextract = async () => rewriteDocuments(executor, (await executor.read<{ id: string }>('MATCH (d:Document) RETURN d.id AS id')).map((r) => r.id), gazetteer, extractText);
const one = async <T>(query: string, params: Record<string, unknown> = {}) => (await executor.read<T & Record<string, unknown>>(query, params))[0];

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  const x = await extractDocument(new Uint8Array(readFileSync(resolve(__dirname, '../../seeds', SEED))), SEED);
  await writeDocument(executor, buildDocumentRows(x, { sourceKey: `seeds/${SEED}`, gazetteer }));
  before = await contentChecksum(executor);
  text = x.document.text;
}, 120_000);

afterAll(() => executor?.close());

afterEach(async () => {
  // every test reverts what it did: the graph is the extraction's again
  expect(await contentChecksum(executor)).toEqual(before);
});

describe('rename, merge and split', () => {
  it('a renamed slogan keeps its old name as a searchable alias, after re-extraction too', async () => {
    const rename = await correct({ kind: 'rename', entity: 'slogan', name: '全域美丽', to: '美丽全域' });
    await reextract();
    const renamed = await one<{ aliases: string[]; parts: string[] }>('MATCH (s:Slogan {id: "美丽全域"}) RETURN s.aliases AS aliases, [(w)-[:HAS_PART]->(s) | w.id] AS parts');
    expect(renamed.aliases).toContain('全域美丽');
    expect(renamed.parts).toEqual(['三个全域']);
    expect(await one('MATCH (s:Slogan {id: "全域美丽"}) RETURN s')).toBeUndefined();
    const hits = await searchNames(executor, { text: '全域美丽', romanised: null, labels: ['Slogan'], limit: 5 });
    expect(hits.map((h) => h.name)).toContain('美丽全域');
    await revert(rename);
  }, 120_000);

  it('a renamed project keeps its ties and the old name as an alias', async () => {
    const rename = await correct({ kind: 'rename', entity: 'project', name: '星动巴士', to: '星动公交' });
    const renamed = await one<{ id: string; aliases: string[]; ties: number }>('MATCH (p:Project {name: "星动公交"}) RETURN p.id AS id, p.aliases AS aliases, COUNT { (p)-[:FULFILS]->() } AS ties');
    expect(renamed).toMatchObject({ id: `${STREET}|星动公交` });
    expect(renamed.aliases).toContain('星动巴士');
    expect(renamed.ties).toBeGreaterThan(0);
    await revert(rename);
  }, 120_000);

  it('merges two projects, and a split of the alias gives back both as they were', async () => {
    const merge = await correct({ kind: 'merge-projects', from: '都市产业园党群服务中心暨服务中心', into: '都市产业园党群服务中心' });
    const merged = await one<{ aliases: string[] }>('MATCH (p:Project {name: "都市产业园党群服务中心"}) RETURN p.aliases AS aliases');
    expect(merged.aliases).toContain('都市产业园党群服务中心暨服务中心');
    expect(await one('MATCH (p:Project {name: "都市产业园党群服务中心暨服务中心"}) RETURN p')).toBeUndefined();
    const split = await correct({ kind: 'split', entity: 'project', alias: '都市产业园党群服务中心暨服务中心', from: '都市产业园党群服务中心' });
    expect(await contentChecksum(executor)).toEqual(before);
    await revert(merge, split);
  }, 120_000);
});

describe('parts', () => {
  it('a rejected part leaves, an acceptance after it brings it back', async () => {
    const part = 'MATCH (:Slogan {id: "三个全域"})-[h:HAS_PART]->(:Slogan {id: "全域治理"}) RETURN h.documents AS documents';
    const reject = await correct({ kind: 'reject-part', programme: '三个全域', part: '全域治理' });
    await reextract();
    expect(await one(part)).toBeUndefined();
    const accept = await correct({ kind: 'accept-part', programme: '三个全域', part: '全域治理' });
    expect(await one(part)).toEqual({ documents: [DOC] });
    await revert(reject, accept);
  }, 120_000);

  it('an added part carries the reviewer\'s document and evidence span', async () => {
    const start = text.indexOf('四个一批');
    const add = await correct({ kind: 'add-part', programme: '四个一批', part: '全域美丽', document: DOC, start, end: start + 10 });
    await reextract();
    const h = await one('MATCH (:Slogan {id: "四个一批"})-[h:HAS_PART]->(:Slogan {id: "全域美丽"}) RETURN h.documents AS documents, h.reviewed AS reviewed, h.reviewedStarts AS starts, h.reviewedEnds AS ends');
    expect(h).toEqual({ documents: [DOC], reviewed: [DOC], starts: [start], ends: [start + 10] });
    await revert(add);
  }, 120_000);
});

describe('ties', () => {
  it('refuses an evidence span outside the document, or of a document not in the graph, and writes nothing', async () => {
    const log = (await correctionLog(executor)).length;
    await expect(correct({ kind: 'add-fulfils', project: '星动巴士', slogan: '全域治理', document: DOC, start: 10, end: text.length + 1 })).rejects.toThrow(
      new RegExp(`end: the evidence span 10–${text.length + 1} lies outside document ${DOC} \\(${text.length} characters\\)`),
    );
    await expect(correct({ kind: 'add-fulfils', project: '星动巴士', slogan: '全域治理', document: 'f'.repeat(64), start: 0, end: 5 })).rejects.toThrow(/document: f+ is not in the graph/);
    await expect(correct({ kind: 'add-fulfils', project: '星动巴士', slogan: '全域治理', document: DOC, start: 5, end: 5 })).rejects.toThrow(/span is empty/);
    expect(await correctionLog(executor)).toHaveLength(log);
  });

  it('an added tie has the reviewer as its rule, confidence 1 and its evidence, and survives re-extraction', async () => {
    const start = text.indexOf('星动巴士');
    const add = await correct({ kind: 'add-fulfils', project: '星动巴士', slogan: '全域治理', document: DOC, start, end: start + 12 });
    await reextract();
    const tie = await one('MATCH (:Project {name: "星动巴士"})-[f:FULFILS]->(:Slogan {id: "全域治理"}) RETURN f.rule AS rule, f.confidence AS confidence, f.evidence AS evidence, f.start AS start, f.document AS document');
    expect(tie).toEqual({ rule: 'reviewer', confidence: 1, evidence: text.slice(start, start + 12), start, document: DOC });
    await revert(add);
  }, 120_000);
});

describe('adoption, outcomes and documents', () => {
  it('a rejected ADOPTS leaves and stays away when the document is written again', async () => {
    const adopts = `MATCH (:Place {id: "${STREET}"})-[a:ADOPTS]->(:Slogan {id: "全域美丽"}) RETURN a.years AS years`;
    expect(await one(adopts)).toBeDefined();
    const reject = await correct({ kind: 'reject-adopts', body: STREET, slogan: '全域美丽' });
    await reextract();
    expect(await one(adopts)).toBeUndefined();
    expect(await one('MATCH (s:Slogan {id: "全域美丽"}) RETURN s.id AS id')).toEqual({ id: '全域美丽' });
    await revert(reject);
  }, 120_000);

  it('rejects an outcome and sets another\'s status and value by document and start offset', async () => {
    const reject = await correct({ kind: 'reject-outcome', document: DOC, outcome: '44' });
    const set = await correct({ kind: 'set-outcome', document: DOC, outcome: `${DOC}:168`, status: 'achieved', value: 40 });
    await reextract();
    expect(await one(`MATCH (o:Outcome {id: "${DOC}:44"}) RETURN o`)).toBeUndefined();
    expect(await one(`MATCH (o:Outcome {id: "${DOC}:168"}) RETURN o.status AS status, o.value AS value, o.baseValue AS base`)).toEqual({ status: 'achieved', value: 40, base: 40 });
    await expect(correct({ kind: 'set-outcome', document: DOC, outcome: 'abc:1', status: 'achieved' })).rejects.toThrow(/outcome: abc:1 is not an outcome of document/);
    await revert(reject, set);
  }, 120_000);

  it('a document\'s subject, year and title set by a reviewer survive re-extraction; its projects move to the new body', async () => {
    await expect(correct({ kind: 'set-document', document: DOC, subject: '没有这个地方' })).rejects.toThrow(/subject: no place has the id or name 没有这个地方/);
    const set = await correct({ kind: 'set-document', document: DOC, subject: '临平区', year: 2020, title: '星桥街道2019年工作总结' });
    expect(set).toMatchObject({ subject: '330113' });
    await reextract();
    const doc = await one(`MATCH (d:Document {id: "${DOC}"})-[:REPORTS_ON]->(p:Place) RETURN p.id AS subject, d.year AS year, d.title AS title`);
    expect(doc).toEqual({ subject: '330113', year: 2020, title: '星桥街道2019年工作总结' });
    expect(await one('MATCH (p:Project {name: "星动巴士"}) RETURN p.id AS id')).toEqual({ id: '330113|星动巴士' });
    expect(await one(`MATCH (:Place {id: "330113"})-[a:ADOPTS]->(:Slogan {id: "全域美丽"}) RETURN a.years AS years`)).toEqual({ years: [2020] });
    expect(await orphans(executor)).toEqual([]);
    await revert(set);
  }, 120_000);
});

describe('kg corrections add', () => {
  it('takes every field of a kind, numbers as numbers, and names a bad one', async () => {
    const start = text.indexOf('星动巴士');
    const bad = runKg(['corrections', 'add', '--kind', 'add-fulfils', '--project', '星动巴士', '--slogan', '全域治理', '--document', DOC, '--start', 'x', '--end', '3', '--author', '审校员']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/BAD_CORRECTION.*start/);
    const ok = runKg(['corrections', 'add', '--kind', 'add-fulfils', '--project', '星动巴士', '--slogan', '全域治理', '--document', DOC, '--start', String(start), '--end', String(start + 4), '--author', '审校员']);
    expect(ok.stderr).toMatch(/documents written again/);
    const added = JSON.parse(ok.stdout) as Correction;
    expect(added).toMatchObject({ kind: 'add-fulfils', start, end: start + 4 });
    expect(await one('MATCH (:Project {name: "星动巴士"})-[f:FULFILS {rule: "reviewer"}]->(:Slogan {id: "全域治理"}) RETURN f.start AS start')).toEqual({ start });
    await revert(added);
  }, 240_000);
});
