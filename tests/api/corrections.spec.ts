// Corrections through the API, as a reviewer makes them: only a reviewer's token may correct, each
// correction names its author, the log answers who changed what, and a rejected tie leaves the graph.
import { codeOf, gql } from './support/gql';
import { READ_TOKEN, seedsApi, WRITE_TOKEN } from './support/serve';

const REVIEWER_TOKEN = 'e2e-reviewer-token-0123456789ab';
const api = seedsApi({ API_REVIEWERS: `审校员=${REVIEWER_TOKEN}`, API_READ_TOKEN: READ_TOKEN });
const as = (token: string) => ({ authorization: `Bearer ${token}` });

const TEXT = '青禾街道2023年工作总结\n一、深入实施“青禾审校美丽”行动\n建成青禾湾湿地公园，开通青禾巴士。\n';
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }`;
const CORRECT = `mutation($input: CorrectionInput!) { correct(input: $input) { id kind target author reason status } }`;
const REVERT = `mutation($id: ID!) { revertCorrection(id: $id, reason: "看错了") { id kind target author status } }`;
const LOG = `query($target: String) { corrections(target: $target) { id kind author status } }`;
const TIES = `query { cypher(query: "MATCH (p:Project)-[:FULFILS]->(s:Slogan {name: '青禾审校美丽'}) RETURN p.name AS project ORDER BY project") { rows } }`;
const reject = { kind: 'REJECT_FULFILS', project: '青禾巴士', slogan: '青禾审校美丽', reason: '公交线路不属于这项行动' };

async function ties(): Promise<string[]> {
  const res = await gql<{ cypher: { rows: string[][] } }>(api.url, TIES);
  return (res.data?.cypher.rows ?? []).map((r) => r[0]);
}

const QUEUE = `query($after: String) { reviewQueue(limit: 5, after: $after) { target project slogan confidence rule documents priority evidence documentId cursor } }`;
type QueueItem = { target: string; project: string; slogan: string; confidence: number; rule: string | null; documents: number; priority: number; evidence: string; documentId: string; cursor: string };

describe('the review queue', () => {
  it('lists undecided FULFILS least certain and most connected first, each with its sentence and document, page by page', async () => {
    const first = await gql<{ reviewQueue: QueueItem[] }>(api.url, QUEUE, {});
    expect(first.errors).toBeUndefined();
    const items = first.data?.reviewQueue ?? [];
    expect(items).toHaveLength(5);
    const priorities = items.map((i) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    for (const i of items) {
      expect(i.priority).toBeCloseTo((1 - i.confidence) * i.documents, 6);
      expect(i.evidence.length).toBeGreaterThan(0);
      expect(i.documentId).toMatch(/^[0-9a-f]{64}$/);
      expect(i.target).toBe(`FULFILS:${i.project}→${i.slogan}`);
    }
    const next = await gql<{ reviewQueue: QueueItem[] }>(api.url, QUEUE, { after: items[4].cursor });
    expect(next.data?.reviewQueue.map((i) => i.target)).not.toContain(items[0].target);
  });

  it('drops an item once a reviewer accepts it, and brings it back when the acceptance is reverted', async () => {
    const [top] = (await gql<{ reviewQueue: QueueItem[] }>(api.url, QUEUE, {})).data?.reviewQueue ?? [];
    const accepted = await gql<{ correct: { id: string } }>(api.url, CORRECT, { input: { kind: 'ACCEPT_FULFILS', project: top.project, slogan: top.slogan } }, as(REVIEWER_TOKEN));
    expect(accepted.errors).toBeUndefined();
    const after = (await gql<{ reviewQueue: QueueItem[] }>(api.url, QUEUE, {})).data?.reviewQueue ?? [];
    expect(after.map((i) => i.target)).not.toContain(top.target);
    await gql(api.url, REVERT, { id: accepted.data?.correct.id }, as(REVIEWER_TOKEN));
    const back = (await gql<{ reviewQueue: QueueItem[] }>(api.url, QUEUE, {})).data?.reviewQueue ?? [];
    expect(back[0].target).toBe(top.target);
  });
});

describe('merge candidates', () => {
  const CANDIDATES = `{ mergeCandidates(limit: 200) { a b reasons documentsA documentsB } }`;
  type Candidate = { a: string; b: string; reasons: string[]; documentsA: number; documentsB: number };

  it('proposes slogans that are likely one, each with its reasons, and a merge takes the pair away', async () => {
    const res = await gql<{ mergeCandidates: Candidate[] }>(api.url, CANDIDATES);
    expect(res.errors).toBeUndefined();
    const candidates = res.data?.mergeCandidates ?? [];
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c.reasons.length).toBeGreaterThan(0);
      if (c.reasons.includes('contains')) expect(c.a.includes(c.b) || c.b.includes(c.a)).toBe(true);
    }
    const contained = candidates.find((c) => c.reasons.includes('contains')) as Candidate;
    const [inner, outer] = contained.a.length < contained.b.length ? [contained.a, contained.b] : [contained.b, contained.a];
    const merged = await gql<{ correct: { id: string } }>(api.url, CORRECT, { input: { kind: 'MERGE_SLOGANS', from: outer, into: inner } }, as(REVIEWER_TOKEN));
    expect(merged.errors).toBeUndefined();
    const after = (await gql<{ mergeCandidates: Candidate[] }>(api.url, CANDIDATES)).data?.mergeCandidates ?? [];
    expect(after.some((c) => c.a === contained.a && c.b === contained.b)).toBe(false);
    // undo, so the other tests see the seeds' graph as it was
    await gql(api.url, REVERT, { id: merged.data?.correct.id }, as(REVIEWER_TOKEN));
    const restored = (await gql<{ mergeCandidates: Candidate[] }>(api.url, CANDIDATES)).data?.mergeCandidates ?? [];
    expect(restored.some((c) => c.a === contained.a && c.b === contained.b)).toBe(true);
  });

  it('a pair kept apart leaves the candidates for everyone, is in the log of both names, and comes back when reverted', async () => {
    const PROJECT_CANDIDATES = `{ mergeCandidates(kind: PROJECT, limit: 200) { a b aId bId } }`;
    type Pair = { a: string; b: string; aId: string; bId: string };
    const listed = async () => (await gql<{ mergeCandidates: Pair[] }>(api.url, PROJECT_CANDIDATES)).data?.mergeCandidates ?? [];
    const pair = (await listed())[0];
    expect(pair).toBeDefined();
    const same = (c: Pair) => c.aId === pair.aId && c.bId === pair.bId;
    const kept = await gql<{ correct: { id: string; kind: string; author: string } }>(api.url, CORRECT, { input: { kind: 'KEEP_APART', entity: 'project', a: pair.bId, b: pair.aId, reason: '两个不同的项目' } }, as(REVIEWER_TOKEN));
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.correct).toMatchObject({ kind: 'keep-apart', author: '审校员' });
    expect((await listed()).some(same)).toBe(false);
    for (const name of [pair.a, pair.b]) {
      const log = await gql<{ corrections: { id: string }[] }>(api.url, LOG, { target: `Project:${name}` });
      expect(log.data?.corrections.map((c) => c.id)).toContain(kept.data?.correct.id);
    }
    await gql(api.url, REVERT, { id: kept.data?.correct.id }, as(REVIEWER_TOKEN));
    expect((await listed()).some(same)).toBe(true);
  });
});

describe('corrections through the API', () => {
  beforeAll(async () => {
    const res = await gql(api.url, INGEST, { input: { fileName: 'review-test.txt', text: TEXT } }, as(WRITE_TOKEN));
    expect(res.errors).toBeUndefined();
  }, 60_000);

  it('refuses a correction without a token or with a reader\'s token', async () => {
    expect(codeOf(await gql(api.url, CORRECT, { input: reject }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, CORRECT, { input: reject }, as(READ_TOKEN)))).toBe('FORBIDDEN');
    expect(await ties()).toContain('青禾巴士');
  });

  let id: string;

  it('records a reviewer\'s correction under the reviewer\'s name, and the tie leaves the graph', async () => {
    const res = await gql<{ correct: { id: string; kind: string; target: string; author: string; reason: string; status: string } }>(api.url, CORRECT, { input: reject }, as(REVIEWER_TOKEN));
    expect(res.errors).toBeUndefined();
    expect(res.data?.correct).toMatchObject({ kind: 'reject-fulfils', target: 'FULFILS:青禾巴士→青禾审校美丽', author: '审校员', reason: '公交线路不属于这项行动', status: 'active' });
    id = res.data?.correct.id as string;
    expect(await ties()).not.toContain('青禾巴士');
  });

  it('tells what is wrong with a bad correction', async () => {
    const res = await gql(api.url, CORRECT, { input: { kind: 'MERGE_SLOGANS', from: '青禾审校美丽' } }, as(REVIEWER_TOKEN));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/into/);
  });

  it('logs a revert as a correction of its own, by whoever reverts, marks the original reverted and brings the tie back', async () => {
    const res = await gql<{ revertCorrection: { kind: string; target: string; author: string } }>(api.url, REVERT, { id }, as(WRITE_TOKEN));
    expect(res.data?.revertCorrection).toMatchObject({ kind: 'revert', target: `Correction:${id}`, author: 'admin' });
    expect(await ties()).toContain('青禾巴士');
    const log = await gql<{ corrections: { id: string; kind: string; author: string; status: string }[] }>(api.url, LOG, { target: 'FULFILS:青禾巴士→青禾审校美丽' });
    expect(log.data?.corrections).toEqual([{ id, kind: 'reject-fulfils', author: '审校员', status: 'reverted' }]);
  });
});
