// Every kind of correction on a real seed document and a real Neo4j: each shows at once, holds when
// the document is extracted again, and reverting it gives back the very graph there was. The facts
// corrected are picked from what the extractor finds, so a rule change does not break the test.
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
const gazetteer = loadGazetteer();
let executor: Neo4jExecutor;
let before: GraphChecksum;
let doc: { id: string; text: string; subject: string; parent: string; parentName: string };
let tied: { project: string; slogan: string; start: number };
let part: { whole: string; part: string };
let untied: string;
let outcomes: string[];

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
  // the baseline is the document as extracting it again from its stored text gives it
  await reextract();
  before = await contentChecksum(executor);
  doc = await one(`
    MATCH (d:Document)-[:REPORTS_ON]->(p:Place)-[:PART_OF]->(up:Place)
    RETURN d.id AS id, d.text AS text, p.id AS subject, up.id AS parent, up.name AS parentName ORDER BY up.id LIMIT 1`);
  tied = await one(`MATCH (p:Project)-[f:FULFILS]->(s:Slogan) RETURN p.name AS project, s.id AS slogan, f.start AS start ORDER BY p.name, s.id LIMIT 1`);
  part = await one(`MATCH (w:Slogan)-[:HAS_PART]->(p:Slogan) RETURN w.id AS whole, p.id AS part ORDER BY w.id, p.id LIMIT 1`);
  untied = (await one<{ slogan: string }>(`MATCH (s:Slogan) WHERE NOT EXISTS { (:Project {name: $project})-[:FULFILS]->(s) } AND NOT EXISTS { (:Slogan {id: $whole})-[:HAS_PART]->(s) } AND s.id <> $whole RETURN s.id AS slogan ORDER BY s.id LIMIT 1`, { project: tied.project, whole: part.whole })).slogan;
  outcomes = (await executor.read<{ id: string }>('MATCH (o:Outcome) RETURN o.id AS id ORDER BY o.start LIMIT 2')).map((o) => o.id);
  expect([doc, tied, part, untied, outcomes[1]].every(Boolean)).toBe(true);
}, 180_000);

afterAll(() => executor?.close());

afterEach(async () => {
  // every test reverts what it did: the graph is the extraction's again
  expect(await contentChecksum(executor)).toEqual(before);
});

describe('rename, merge and split', () => {
  it('a renamed slogan keeps its old name as a searchable alias, after re-extraction too', async () => {
    const wholes = (await executor.read<{ id: string }>('MATCH (w:Slogan)-[:HAS_PART]->(:Slogan {id: $part}) RETURN w.id AS id ORDER BY id', { part: part.part })).map((r) => r.id);
    const rename = await correct({ kind: 'rename', entity: 'slogan', name: part.part, to: `${part.part}行动` });
    await reextract();
    const renamed = await one<{ aliases: string[]; wholes: string[] }>('MATCH (s:Slogan {id: $id}) RETURN s.aliases AS aliases, [(w)-[:HAS_PART]->(s) | w.id] AS wholes', { id: `${part.part}行动` });
    expect(renamed.aliases).toContain(part.part);
    expect([...renamed.wholes].sort()).toEqual(wholes);
    expect(await one('MATCH (s:Slogan {id: $id}) RETURN s', { id: part.part })).toBeUndefined();
    const hits = await searchNames(executor, { text: part.part, romanised: null, labels: ['Slogan'], limit: 5 });
    expect(hits.map((h) => h.name)).toContain(`${part.part}行动`);
    await revert(rename);
  }, 120_000);

  it('a renamed project keeps its ties and the old name as an alias', async () => {
    const rename = await correct({ kind: 'rename', entity: 'project', name: tied.project, to: `${tied.project}二期` });
    const renamed = await one<{ id: string; aliases: string[]; ties: string[] }>('MATCH (p:Project {name: $name}) RETURN p.id AS id, p.aliases AS aliases, [(p)-[:FULFILS]->(s) | s.id] AS ties', { name: `${tied.project}二期` });
    expect(renamed.id).toBe(`${doc.subject}|${tied.project}二期`);
    expect(renamed.aliases).toContain(tied.project);
    expect(renamed.ties).toContain(tied.slogan);
    await revert(rename);
  }, 120_000);

  it('merges two projects, and a split of the alias gives back both as they were', async () => {
    const [a, b] = (await executor.read<{ name: string }>('MATCH (p:Project) WHERE p.name <> $tied RETURN p.name AS name ORDER BY name LIMIT 2', { tied: tied.project })).map((r) => r.name);
    const merge = await correct({ kind: 'merge-projects', from: a, into: b });
    expect((await one<{ aliases: string[] }>('MATCH (p:Project {name: $b}) RETURN p.aliases AS aliases', { b })).aliases).toContain(a);
    expect(await one('MATCH (p:Project {name: $a}) RETURN p', { a })).toBeUndefined();
    const split = await correct({ kind: 'split', entity: 'project', alias: a, from: b });
    expect(await contentChecksum(executor)).toEqual(before);
    await revert(merge, split);
  }, 120_000);
});

describe('parts', () => {
  const PART = 'MATCH (:Slogan {id: $whole})-[h:HAS_PART]->(:Slogan {id: $part}) RETURN h.documents AS documents, h.reviewed AS reviewed, h.reviewedStarts AS starts, h.reviewedEnds AS ends';

  it('a rejected part leaves, an acceptance after it brings it back', async () => {
    const reject = await correct({ kind: 'reject-part', programme: part.whole, part: part.part });
    await reextract();
    expect(await one(PART, part)).toBeUndefined();
    const accept = await correct({ kind: 'accept-part', programme: part.whole, part: part.part });
    expect(await one(PART, part)).toMatchObject({ documents: [doc.id] });
    await revert(reject, accept);
  }, 120_000);

  it('an added part carries the reviewer\'s document and evidence span', async () => {
    const add = await correct({ kind: 'add-part', programme: part.whole, part: untied, document: doc.id, start: 10, end: 20 });
    await reextract();
    expect(await one(PART, { whole: part.whole, part: untied })).toEqual({ documents: [doc.id], reviewed: [doc.id], starts: [10], ends: [20] });
    await revert(add);
  }, 120_000);
});

describe('ties', () => {
  it('refuses an evidence span outside the document, or of a document not in the graph, and writes nothing', async () => {
    const log = (await correctionLog(executor)).length;
    const length = doc.text.length;
    const add = (more: Record<string, unknown>) => correct({ kind: 'add-fulfils', project: tied.project, slogan: untied, document: doc.id, ...more });
    await expect(add({ start: 10, end: length + 1 })).rejects.toThrow(`end: the evidence span 10–${length + 1} lies outside document ${doc.id} (${length} characters)`);
    await expect(add({ document: 'f'.repeat(64), start: 0, end: 5 })).rejects.toThrow(/document: f+ is not in the graph/);
    await expect(add({ start: 5, end: 5 })).rejects.toThrow(/end: the evidence span is empty/);
    expect(await correctionLog(executor)).toHaveLength(log);
  });

  it('an added tie has the reviewer as its rule, confidence 1 and its evidence, and survives re-extraction', async () => {
    const start = tied.start;
    const add = await correct({ kind: 'add-fulfils', project: tied.project, slogan: untied, document: doc.id, start, end: start + 12 });
    await reextract();
    const tie = await one('MATCH (:Project {name: $project})-[f:FULFILS]->(:Slogan {id: $slogan}) RETURN f.rule AS rule, f.confidence AS confidence, f.evidence AS evidence, f.start AS start, f.document AS document', {
      project: tied.project,
      slogan: untied,
    });
    expect(tie).toEqual({ rule: 'reviewer', confidence: 1, evidence: doc.text.slice(start, start + 12), start, document: doc.id });
    await revert(add);
  }, 120_000);
});

describe('adoption, outcomes and documents', () => {
  it('a rejected ADOPTS leaves and stays away when the document is written again', async () => {
    const ADOPTS = 'MATCH (:Place {id: $place})-[a:ADOPTS]->(:Slogan {id: $slogan}) RETURN a.years AS years';
    const params = { place: doc.subject, slogan: tied.slogan };
    expect(await one(ADOPTS, params)).toBeDefined();
    const reject = await correct({ kind: 'reject-adopts', body: doc.subject, slogan: tied.slogan });
    await reextract();
    expect(await one(ADOPTS, params)).toBeUndefined();
    expect(await one('MATCH (s:Slogan {id: $slogan}) RETURN s.id AS id', params)).toEqual({ id: tied.slogan });
    await revert(reject);
  }, 120_000);

  it('rejects an outcome and sets another\'s status and value by document and start offset', async () => {
    const [first, second] = outcomes;
    const reject = await correct({ kind: 'reject-outcome', document: doc.id, outcome: first.split(':')[1] });
    const set = await correct({ kind: 'set-outcome', document: doc.id, outcome: second, status: 'achieved', value: 40 });
    await reextract();
    expect(await one('MATCH (o:Outcome {id: $id}) RETURN o', { id: first })).toBeUndefined();
    expect(await one('MATCH (o:Outcome {id: $id}) RETURN o.status AS status, o.value AS value', { id: second })).toEqual({ status: 'achieved', value: 40 });
    await expect(correct({ kind: 'set-outcome', document: doc.id, outcome: 'abc:1', status: 'achieved' })).rejects.toThrow(/outcome: abc:1 is not an outcome of document/);
    await revert(reject, set);
  }, 120_000);

  it('a document\'s subject, year and title set by a reviewer survive re-extraction; its projects move to the new body', async () => {
    await expect(correct({ kind: 'set-document', document: doc.id, subject: '没有这个地方' })).rejects.toThrow(/subject: no place has the id or name 没有这个地方/);
    const set = await correct({ kind: 'set-document', document: doc.id, subject: doc.parentName, year: 2020, title: '2019年工作总结' });
    expect(set).toMatchObject({ subject: doc.parent });
    await reextract();
    const now = await one('MATCH (d:Document {id: $id})-[:REPORTS_ON]->(p:Place) RETURN p.id AS subject, d.year AS year, d.title AS title', { id: doc.id });
    expect(now).toEqual({ subject: doc.parent, year: 2020, title: '2019年工作总结' });
    expect(await one('MATCH (p:Project {name: $name}) RETURN p.id AS id', { name: tied.project })).toEqual({ id: `${doc.parent}|${tied.project}` });
    expect(await one('MATCH (:Place {id: $place})-[a:ADOPTS]->(:Slogan {id: $slogan}) RETURN a.years AS years', { place: doc.parent, slogan: tied.slogan })).toEqual({ years: [2020] });
    expect(await orphans(executor)).toEqual([]);
    await revert(set);
  }, 120_000);
});

describe('kg corrections add', () => {
  it('takes every field of a kind, numbers as numbers, and names a bad one', async () => {
    const start = tied.start;
    const args = ['corrections', 'add', '--kind', 'add-fulfils', '--project', tied.project, '--slogan', untied, '--document', doc.id, '--author', '审校员'];
    const bad = runKg([...args, '--start', 'x', '--end', '3']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/BAD_CORRECTION.*start/);
    const ok = runKg([...args, '--start', String(start), '--end', String(start + 4)]);
    expect(ok.stderr).toMatch(/documents written again/);
    const added = JSON.parse(ok.stdout) as Correction;
    expect(added).toMatchObject({ kind: 'add-fulfils', start, end: start + 4 });
    expect(await one('MATCH (:Project {name: $project})-[f:FULFILS {rule: "reviewer"}]->(:Slogan {id: $slogan}) RETURN f.start AS start', { project: tied.project, slogan: untied })).toEqual({ start });
    await revert(added);
  }, 240_000);

  it('keeps two slogans apart without changing any document, and refuses one that is not in the graph', async () => {
    const args = ['corrections', 'add', '--kind', 'keep-apart', '--entity', 'slogan', '--a', part.whole, '--author', '审校员'];
    const missing = runKg([...args, '--b', '没有这个口号']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/b: no slogan is named 没有这个口号/);
    const ok = runKg([...args, '--b', part.part]);
    expect(ok.status).toBe(0);
    const kept = JSON.parse(ok.stdout) as Correction;
    expect(kept).toMatchObject({ kind: 'keep-apart', entity: 'slogan', a: part.whole, b: part.part });
    expect(ok.stderr).toMatch(/0 documents written again/);
    expect(await contentChecksum(executor)).toEqual(before);
    await revert(kept);
  }, 240_000);
});
