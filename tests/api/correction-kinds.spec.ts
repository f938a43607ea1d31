// Reviewing through the API beyond FULFILS: queues of parts, slogans and projects, project merge
// candidates, the new kinds of correct(), orphaned corrections, and the admin's document mutations.
import { codeOf, gql } from './support/gql';
import { READ_TOKEN, seedsApi, WRITE_TOKEN } from './support/serve';

const REVIEWER_TOKEN = 'e2e-reviewer-token-0123456789ab';
const api = seedsApi({ API_REVIEWERS: `审校员=${REVIEWER_TOKEN}`, API_READ_TOKEN: READ_TOKEN });
const as = (token: string) => ({ authorization: `Bearer ${token}` });

const CORRECT = `mutation($input: CorrectionInput!) { correct(input: $input) { id kind target author status orphaned } }`;
const REVERT = `mutation($id: ID!) { revertCorrection(id: $id) { id } }`;
const QUEUE = `query($kind: ReviewKind, $after: String) {
  reviewQueue(kind: $kind, limit: 5, after: $after) { kind target project projectId slogan programme part name confidence rule documents priority evidence documentId start end cursor }
}`;
type Item = {
  kind: string;
  target: string;
  project: string | null;
  projectId: string | null;
  slogan: string | null;
  programme: string | null;
  part: string | null;
  name: string | null;
  confidence: number;
  rule: string | null;
  documents: number;
  priority: number;
  evidence: string;
  documentId: string;
  start: number;
  end: number;
  cursor: string;
};
type Correction = { id: string; kind: string; target: string; author: string; status: string; orphaned: boolean };

const queue = async (kind: string, after?: string) => {
  const res = await gql<{ reviewQueue: Item[] }>(api.url, QUEUE, { kind, after });
  expect(res.errors).toBeUndefined();
  return res.data?.reviewQueue ?? [];
};
const correct = async (input: Record<string, unknown>, token = REVIEWER_TOKEN) => gql<{ correct: Correction }>(api.url, CORRECT, { input }, as(token));
const cypher = async (query: string) => (await gql<{ cypher: { rows: unknown[][] } }>(api.url, `query($q: String!) { cypher(query: $q) { rows } }`, { q: query })).data?.cypher.rows ?? [];

describe('review queues of parts, slogans and projects', () => {
  const decisions: Record<string, (i: Item) => Record<string, unknown>> = {
    PART: (i) => ({ kind: 'ACCEPT_PART', programme: i.programme, part: i.part }),
    SLOGAN: (i) => ({ kind: 'ACCEPT_SLOGAN', slogan: i.name }),
    PROJECT: (i) => ({ kind: 'ACCEPT_PROJECT', project: i.name }),
  };

  it.each(['PART', 'SLOGAN', 'PROJECT'])('%s: least certain and most connected first, each with its sentence, and an acceptance takes it off', async (kind) => {
    const items = await queue(kind);
    expect(items.length).toBeGreaterThan(0);
    const priorities = items.map((i) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const texts = await cypher(`MATCH (d:Document) WHERE d.id IN [${items.map((i) => `'${i.documentId}'`).join(',')}] RETURN d.id, d.text`);
    const textOf = new Map(texts.map((r) => [r[0] as string, r[1] as string]));
    for (const i of items) {
      expect(i.kind).toBe(kind);
      expect(i.priority).toBeCloseTo((1 - i.confidence) * i.documents, 6);
      expect(i.evidence.length).toBeGreaterThan(0);
      expect(textOf.get(i.documentId)?.slice(i.start, i.end)).toBe(i.evidence);
      if (kind === 'PART') expect(i.target).toBe(`HAS_PART:${i.programme}→${i.part}`);
      else expect(i.target).toBe(`${kind === 'SLOGAN' ? 'Slogan' : 'Project'}:${i.name}`);
    }
    const next = await queue(kind, items[items.length - 1].cursor);
    expect(next.map((i) => i.target)).not.toContain(items[0].target);

    const accepted = await correct(decisions[kind](items[0]));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.correct.target).toBe(items[0].target);
    expect((await queue(kind)).map((i) => i.target)).not.toContain(items[0].target);
    await gql(api.url, REVERT, { id: accepted.data?.correct.id }, as(REVIEWER_TOKEN));
    expect((await queue(kind))[0].target).toBe(items[0].target);
  });
});

describe('merge candidates of projects', () => {
  it('propose projects that are likely one, with the extra reasons of projects', async () => {
    const res = await gql<{ mergeCandidates: { a: string; b: string; aId: string; bId: string; reasons: string[] }[] }>(api.url, `{ mergeCandidates(kind: PROJECT, limit: 300) { a b aId bId reasons } }`);
    expect(res.errors).toBeUndefined();
    const candidates = res.data?.mergeCandidates ?? [];
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c.a).not.toBe(c.b);
      expect(c.aId.endsWith(`|${c.a}`)).toBe(true);
    }
    const reasons = new Set(candidates.flatMap((c) => c.reasons));
    expect(reasons.has('contains')).toBe(true);
    expect([...reasons].some((r) => r === 'shared FULFILS targets' || r === 'same body and year')).toBe(true);
  });
});

describe('correct() with the new kinds', () => {
  it('names a bad evidence span and records nothing', async () => {
    const [doc] = await cypher('MATCH (d:Document) RETURN d.id, size(d.text) ORDER BY d.id LIMIT 1');
    const [id, length] = doc as [string, number];
    const before = (await gql<{ corrections: Correction[] }>(api.url, `{ corrections { id } }`)).data?.corrections.length;
    const bad = await correct({ kind: 'ADD_FULFILS', project: '星动巴士', slogan: '全域治理', document: id, start: 10, end: length + 5 });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(new RegExp(`end: the evidence span 10–${length + 5} lies outside document ${id}`));
    const empty = await correct({ kind: 'ADD_FULFILS', project: '星动巴士', slogan: '全域治理', document: id, start: 10, end: 10 });
    expect(empty.errors?.[0].message).toMatch(/end: the evidence span is empty/);
    const noField = await correct({ kind: 'RENAME', entity: 'slogan', name: '全域美丽' });
    expect(noField.errors?.[0].message).toMatch(/^to:/);
    expect((await gql<{ corrections: Correction[] }>(api.url, `{ corrections { id } }`)).data?.corrections.length).toBe(before);
  });

  it('renames a slogan, the old name searchable, and reverting gives it back', async () => {
    const renamed = await correct({ kind: 'RENAME', entity: 'slogan', name: '全域美丽', to: '全域美丽建设' });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.correct).toMatchObject({ kind: 'rename', target: 'Slogan:全域美丽', author: '审校员', orphaned: false });
    const hits = await gql<{ search: { name: string }[] }>(api.url, `{ search(text: "全域美丽", types: [Slogan]) { name } }`);
    expect(hits.errors).toBeUndefined();
    expect(hits.data?.search.map((h) => h.name)).toContain('全域美丽建设');
    await gql(api.url, REVERT, { id: renamed.data?.correct.id }, as(REVIEWER_TOKEN));
    expect(await cypher(`MATCH (s:Slogan {id: '全域美丽'}) RETURN s.id`)).toEqual([['全域美丽']]);
  });
});

describe('admin mutations', () => {
  const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;
  const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;
  let doc: string;

  beforeAll(async () => {
    const res = await gql<{ ingestDocument: { documentId: string } }>(api.url, INGEST, { input: { fileName: 'admin-test.txt', text: '青岚街道2023年工作总结\n深入实施“青岚删除美丽”行动，开通青岚巴士。\n' } }, as(WRITE_TOKEN));
    expect(res.errors).toBeUndefined();
    doc = res.data?.ingestDocument.documentId as string;
  }, 60_000);

  it('a reader and a reviewer cannot delete a document or extract again', async () => {
    expect(codeOf(await gql(api.url, DELETE, { id: doc }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, DELETE, { id: doc }, as(READ_TOKEN)))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, DELETE, { id: doc }, as(REVIEWER_TOKEN)))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `mutation { reextract(dryRun: true) { considered } }`, {}, as(REVIEWER_TOKEN)))).toBe('FORBIDDEN');
    expect(await cypher(`MATCH (d:Document {id: '${doc}'}) RETURN d.id`)).toEqual([[doc]]);
  });

  it('the admin extracts again (a dry run writes nothing)', async () => {
    const res = await gql<{ reextract: { considered: number; changed: unknown[]; extractor: string; dryRun: boolean } }>(api.url, `mutation { reextract(changed: false, dryRun: true) { considered changed { id changes } extractor dryRun } }`, {}, as(WRITE_TOKEN));
    expect(res.errors).toBeUndefined();
    expect(res.data?.reextract.considered).toBeGreaterThan(5);
    expect(res.data?.reextract.dryRun).toBe(true);
  }, 120_000);

  it('the admin deletes a document; a correction about it is then orphaned, not dropped', async () => {
    const set = await correct({ kind: 'SET_DOCUMENT', document: doc, year: 2022 });
    expect(set.errors).toBeUndefined();
    expect(set.data?.correct.orphaned).toBe(false);
    const res = await gql<{ deleteDocument: { id: string } }>(api.url, DELETE, { id: doc }, as(WRITE_TOKEN));
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteDocument.id).toBe(doc);
    expect(await cypher(`MATCH (d:Document {id: '${doc}'}) RETURN d.id`)).toEqual([]);
    const log = await gql<{ corrections: Correction[] }>(api.url, `query($t: String) { corrections(target: $t) { id orphaned } }`, { t: `Document:${doc}` });
    expect(log.data?.corrections).toEqual([{ id: set.data?.correct.id, orphaned: true }]);
    expect(codeOf(await gql(api.url, DELETE, { id: doc }, as(WRITE_TOKEN)))).toBe('NOT_FOUND');
  }, 60_000);
});
