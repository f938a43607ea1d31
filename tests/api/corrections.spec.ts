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
