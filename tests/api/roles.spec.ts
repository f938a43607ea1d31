// Roles from configuration, each a named token: readers read, reviewers also correct, admins also
// ingest, delete and re-extract; what a reviewer or admin corrects is logged under their name.
import { codeOf, gql } from './support/gql';
import { seedsApi, serveExpectingExit } from './support/serve';

const READER_TOKEN = 'e2e-roles-reader-token-0123456789';
const REVIEWER_TOKEN = 'e2e-roles-reviewer-token-012345678';
const ADMIN_TOKEN = 'e2e-roles-admin-token-0123456789a';
// reads closed, and no shared read or write token: only the named people get in
const api = seedsApi({
  API_READS_OPEN: 'false',
  API_WRITE_TOKEN: '',
  API_READERS: `张读者=${READER_TOKEN}`,
  API_REVIEWERS: `王审校=${REVIEWER_TOKEN}`,
  API_ADMINS: `运维甲=${ADMIN_TOKEN}`,
});
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const ME = '{ me { name role } }';
const CORRECT = `mutation($input: CorrectionInput!) { correct(input: $input) { id kind author } }`;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;
const LOG = `query($t: String) { corrections(target: $t) { kind author orphaned } }`;

describe('roles from API_READERS, API_REVIEWERS and API_ADMINS', () => {
  it('me names each person with their role', async () => {
    await expect(gql(api.url, ME, {}, as(READER_TOKEN))).resolves.toMatchObject({ data: { me: { name: '张读者', role: 'READER' } } });
    await expect(gql(api.url, ME, {}, as(REVIEWER_TOKEN))).resolves.toMatchObject({ data: { me: { name: '王审校', role: 'REVIEWER' } } });
    await expect(gql(api.url, ME, {}, as(ADMIN_TOKEN))).resolves.toMatchObject({ data: { me: { name: '运维甲', role: 'ADMIN' } } });
  });

  it('a named reader opens closed reads but gets FORBIDDEN on correct and on admin mutations', async () => {
    const SLOGAN = '{ slogan(name: "全域美丽") { name } }';
    expect(codeOf(await gql(api.url, SLOGAN))).toBe('UNAUTHENTICATED');
    await expect(gql(api.url, SLOGAN, {}, as(READER_TOKEN))).resolves.toMatchObject({ data: { slogan: { name: '全域美丽' } } });
    const res = await gql(api.url, CORRECT, { input: { kind: 'REJECT_SLOGAN', slogan: '全域美丽' } }, as(READER_TOKEN));
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `mutation { reextract(dryRun: true) { considered } }`, {}, as(READER_TOKEN)))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `mutation { reextract(dryRun: true) { considered } }`, {}, as(REVIEWER_TOKEN)))).toBe('FORBIDDEN');
  });

  it('a named admin ingests, corrects under its name, and deletes the document; the log keeps the name', async () => {
    const text = '青枫街道2023年工作总结\n深入实施“青枫角色美丽”行动，开通青枫巴士。\n';
    const ingested = await gql<{ ingestDocument: { documentId: string } }>(api.url, INGEST, { input: { fileName: 'roles-test.txt', text } }, as(ADMIN_TOKEN));
    expect(ingested.errors).toBeUndefined();
    const doc = ingested.data?.ingestDocument.documentId as string;
    const set = await gql<{ correct: { author: string } }>(api.url, CORRECT, { input: { kind: 'SET_DOCUMENT', document: doc, year: 2022 } }, as(ADMIN_TOKEN));
    expect(set.errors).toBeUndefined();
    expect(set.data?.correct.author).toBe('运维甲');
    const deleted = await gql<{ deleteDocument: { id: string } }>(api.url, DELETE, { id: doc }, as(ADMIN_TOKEN));
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteDocument.id).toBe(doc);
    const log = await gql<{ corrections: { kind: string; author: string; orphaned: boolean }[] }>(api.url, LOG, { t: `Document:${doc}` }, as(READER_TOKEN));
    expect(log.data?.corrections).toEqual([{ kind: 'set-document', author: '运维甲', orphaned: true }]);
  }, 120_000);

  it('a bad API_ADMINS value stops start-up with a message naming the variable and the entry', async () => {
    const short = await serveExpectingExit({ API_ADMINS: '运维乙=short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/API_ADMINS: "运维乙…": expected name=token with a token of at least 16 characters/);
    const shared = await serveExpectingExit({ API_ADMINS: `运维乙=${REVIEWER_TOKEN}`, API_REVIEWERS: `王审校=${REVIEWER_TOKEN}` });
    expect(shared.code).toBe(1);
    expect(shared.stderr).toMatch(/API_ADMINS: "运维乙": the same token is in API_REVIEWERS/);
    expect(shared.stderr).not.toContain(REVIEWER_TOKEN);
  }, 60_000);
});
