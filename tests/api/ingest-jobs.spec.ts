// Ingestion jobs over HTTP: 60 real reports of the corpus uploaded and run as one job. The API is killed
// (SIGKILL) in the middle of it and started again: the job finishes by itself, with every document in
// the graph exactly once, and the graph equal (counts and content checksum) to that of a clean run.
import { zipSync } from 'fflate';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphChecksum, type GraphChecksum, type Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { wipeGraph } from '../graph/support/graph-state';
import { gql } from './support/gql';
import { shortReports } from './support/short-reports';
import { READ_TOKEN, ROOT, serve, type ServedApi } from './support/serve';
import { folderFiles, startJob, uploadFiles, waitForJob, type JobView } from './support/upload';

const DOCUMENTS = 60;
const REVIEWER = 'e2e-reviewer-token-0123456789abcdef';
// small enough for a test of the limit, large enough for every report of the subset
const FILE_LIMIT = 2_000_000;
const ENV = { API_REVIEWERS: `王工=${REVIEWER}`, API_READERS: `读者=${READ_TOKEN}`, BODY_LIMIT_BYTES: String(FILE_LIMIT) };
// bookkeeping of jobs is not graph content
const CHECKSUM = { skipLabels: ['SchemaMigration', 'Correction', 'IngestJob', 'IngestFile', 'IngestChunk', 'IngestLease'] };

let executor: Neo4jExecutor;
let subset: ReturnType<typeof shortReports>;
let api: ServedApi | undefined;

beforeAll(async () => {
  executor = connectTestExecutor();
  subset = shortReports(DOCUMENTS);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await executor?.close();
  subset?.cleanup();
});

// a test that fails before it stops its API must not leave it running beside the next test's
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

const settled = (job: JobView) => job.state !== 'RUNNING';

async function documentIds(): Promise<string[]> {
  return (await executor.read<{ id: string }>('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).map((r) => r.id);
}

// the fingerprints of the extraction code that wrote the documents
async function extractors(): Promise<string[]> {
  return (await executor.read<{ extractor: string }>('MATCH (d:Document) RETURN DISTINCT d.extractor AS extractor ORDER BY extractor')).map((r) => r.extractor);
}

async function uploadSubset(url: string, token: string): Promise<string[]> {
  const answer = await uploadFiles(url, token, folderFiles(subset.dir));
  expect(answer.status).toBe(201);
  return (answer.body.files ?? []).map((f) => f.id);
}

it('a reader may neither upload nor see jobs; a file over the limit is refused by name; a .zip gives its files', async () => {
  api = await serve(ENV);
  const upload = await uploadFiles(api.url, READ_TOKEN, [{ name: 'a.txt', bytes: Buffer.from('全域创新') }]);
  expect(upload.status).toBe(403);
  expect((await uploadFiles(api.url, null, [{ name: 'a.txt', bytes: Buffer.from('全域创新') }])).status).toBe(401);
  const jobs = await gql(api.url, '{ ingestJobs { id } }', {}, { authorization: `Bearer ${READ_TOKEN}` });
  expect(jobs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const big = await uploadFiles(api.url, REVIEWER, [{ name: 'small.txt', bytes: Buffer.from('全域创新') }, { name: 'big.txt', bytes: Buffer.alloc(FILE_LIMIT + 1, 0x41) }]);
  expect(big.status).toBe(413);
  expect(big.body.message).toMatch(/^big\.txt is larger than 1\.9 MiB, the limit for one file \(BODY_LIMIT_BYTES\)/);

  // a .zip stands for its files, named by their paths under the archive's name; a Mac's bookkeeping is left out
  const zip = zipSync({ 'a/1.txt': Buffer.from('全域创新'), 'b.md': Buffer.from('# 全域美丽'), '__MACOSX/._b.md': Buffer.from('x') });
  const unzipped = await uploadFiles(api.url, REVIEWER, [{ name: 'bundle.zip', bytes: zip }]);
  expect(unzipped.status).toBe(201);
  expect(unzipped.body.files?.map((f) => f.name)).toEqual(['bundle/a/1.txt', 'bundle/b.md']);
  const corrupt = await uploadFiles(api.url, REVIEWER, [{ name: 'cut.zip', bytes: zip.subarray(0, 40) }]);
  expect(corrupt.status).toBe(400);
  expect(corrupt.body.message).toMatch(/^cut\.zip is not a readable zip archive/);
  // a small archive whose files together pass the limit of a job (50 files' worth) is refused before it is unpacked
  const bomb = zipSync(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`z${i}.txt`, new Uint8Array(FILE_LIMIT)])));
  const refused = await uploadFiles(api.url, REVIEWER, [{ name: 'bomb.zip', bytes: bomb }]);
  expect(refused.status).toBe(413);
  expect(refused.body.message).toMatch(/^bomb\.zip unpacks to more than 95\.4 MiB, the limit for one job/);
  await api.stop();
  api = undefined;
}, 120_000);

it('refuses files past the limit of one job, in one upload or in several given to one job, naming the limit; nothing is started', async () => {
  // one file may have 20,000 bytes, a job 50 times that (0.95 MiB)
  api = await serve({ ...ENV, BODY_LIMIT_BYTES: '20000' });
  const files = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}.txt`, bytes: Buffer.alloc(20_000, 0x41) }));
  const jobsBefore = await executor.read<{ n: number }>('MATCH (j:IngestJob) RETURN count(j) AS n');

  const whole = await uploadFiles(api.url, REVIEWER, files(51, 'f'));
  expect(whole.status).toBe(413);
  expect(whole.body.message).toBe('The files of this upload pass 1.0 MiB, the limit for one job, at f50.txt; nothing was uploaded.');

  // two uploads each within the limit, together past it
  const first = await uploadFiles(api.url, REVIEWER, files(40, 'a'));
  const second = await uploadFiles(api.url, REVIEWER, files(20, 'b'));
  expect([first.status, second.status]).toEqual([201, 201]);
  const ids = [...(first.body.files ?? []), ...(second.body.files ?? [])].map((f) => f.id);
  expect(ids).toHaveLength(60);
  const start = await gql(api.url, 'mutation($ids: [ID!]) { startIngestJob(uploadIds: $ids) { id } }', { ids }, { authorization: `Bearer ${REVIEWER}` });
  expect(start.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  expect(start.errors?.[0]?.message).toBe('The files have 1.1 MiB together; one job takes at most 1.0 MiB. Start several jobs.');
  expect(await executor.read<{ n: number }>('MATCH (j:IngestJob) RETURN count(j) AS n')).toEqual(jobsBefore);
  await api.stop();
  api = undefined;
}, 120_000);

it('a job interrupted by a killed API finishes after a restart, each document once, as a clean run', async () => {
  // the clean run: one job, start to end, into an empty graph
  await wipeGraph(executor);
  api = await serve(ENV);
  const clean = await waitForJob(api.url, REVIEWER, (await startJob(api.url, REVIEWER, await uploadSubset(api.url, REVIEWER))).id, settled);
  expect(clean).toMatchObject({ state: 'DONE', total: DOCUMENTS, counts: { done: DOCUMENTS, failed: 0 } });
  const cleanIds = await documentIds();
  expect(cleanIds).toHaveLength(DOCUMENTS);
  expect(clean.files.map((f) => f.documentId).sort()).toEqual(cleanIds);
  const cleanSum: GraphChecksum = await graphChecksum(executor, CHECKSUM);
  const cleanExtractors = await extractors();

  // the same files again into an empty graph, and the API killed once some of them are in
  await wipeGraph(executor);
  const job = await startJob(api.url, REVIEWER, await uploadSubset(api.url, REVIEWER));
  await waitForJob(api.url, REVIEWER, job.id, (j) => j.counts.done >= 10);
  process.kill(api.pid, 'SIGKILL');
  await api.stop();
  const before = (await documentIds()).length;
  expect(before).toBeGreaterThanOrEqual(10);
  expect(before).toBeLessThan(DOCUMENTS);

  api = await serve(ENV);
  const finished = await waitForJob(api.url, REVIEWER, job.id, settled);
  expect(finished).toMatchObject({ state: 'DONE', total: DOCUMENTS, counts: { done: DOCUMENTS, failed: 0, queued: 0 } });
  expect(await documentIds()).toEqual(cleanIds);
  // the API runs the extraction code as it is when it starts: code changed during the test gives other facts
  expect(await extractors()).toEqual(cleanExtractors);
  expect(await graphChecksum(executor, CHECKSUM)).toEqual(cleanSum);
  await api.stop();
  api = undefined;
}, 300_000);

it('a job of URLs fetches each document, named by its kind, and fails the one that is not there with the reason', async () => {
  const seed = readFileSync(join(ROOT, 'seeds/003_5c6707e2467e516d.txt'));
  const site: Server = createServer((req, res) => {
    if (req.url === '/reports/2019.txt') return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(seed);
    if (req.url === '/news?id=7') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><article>${seed.toString('utf8')}<p>全域美丽。</p></article></body></html>`);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  try {
    api = await serve(ENV);
    const urls = [`${base}/reports/2019.txt`, `${base}/news?id=7`, `${base}/missing.txt`];
    const res = await gql<{ startIngestJob: JobView }>(api.url, 'mutation($urls: [String!]) { startIngestJob(urls: $urls) { id total } }', { urls }, { authorization: `Bearer ${REVIEWER}` });
    expect(res.data?.startIngestJob.total).toBe(3);
    const job = await waitForJob(api.url, REVIEWER, res.data?.startIngestJob.id ?? '', settled, 120_000);
    expect(job.counts).toMatchObject({ done: 2, failed: 1 });
    expect(job.files.map((f) => [f.name, f.state])).toEqual([[urls[0], 'done'], [urls[1], 'done'], [urls[2], 'failed']]);
    expect(job.files[2].error).toBe(`${urls[2]} could not be fetched: HTTP 404`);
    const keys = await executor.read<{ key: string }>('MATCH (d:Document) WHERE d.id IN $ids RETURN d.sourceKey AS key ORDER BY key', { ids: job.files.map((f) => f.documentId) });
    expect(keys.map((k) => k.key)).toEqual([urls[1], urls[0]].sort());
    const bad = await gql(api.url, 'mutation { startIngestJob(urls: ["file:///etc/passwd"]) { id } }', {}, { authorization: `Bearer ${REVIEWER}` });
    expect(bad.errors?.[0]?.message).toBe('urls: "file:///etc/passwd": only http and https URLs are fetched');
  } finally {
    site.close();
    // the next test starts its own API: this one must not outlive the test (it would keep jest from exiting)
    await api?.stop();
    api = undefined;
  }
}, 180_000);

it('cancelling a job cancels its queued files and keeps what is done; retrying runs the cancelled ones to the end', async () => {
  api = await serve(ENV);
  // more files than a pool of any likely size takes at once, so some are still queued when it is cancelled
  const files = folderFiles(subset.dir).slice(0, 20);
  // new bytes, so that every file is extracted rather than found in the graph
  const answer = await uploadFiles(api.url, REVIEWER, files.map((f) => ({ name: `again/${f.name}`, bytes: Buffer.concat([f.bytes, Buffer.from('\n')]) })));
  const job = await startJob(api.url, REVIEWER, (answer.body.files ?? []).map((f) => f.id));
  const cancel = await gql<{ cancelIngestJob: JobView }>(api.url, 'mutation($id: ID!) { cancelIngestJob(id: $id) { counts { queued cancelled } } }', { id: job.id }, { authorization: `Bearer ${REVIEWER}` });
  expect(cancel.data?.cancelIngestJob.counts.queued).toBe(0);
  expect(cancel.data?.cancelIngestJob.counts.cancelled).toBeGreaterThan(0);
  const cancelled = await waitForJob(api.url, REVIEWER, job.id, settled);
  expect(cancelled.state).toBe('CANCELLED');
  expect(cancelled.counts.done + cancelled.counts.cancelled).toBe(20);
  for (const f of cancelled.files.filter((x) => x.state === 'cancelled')) expect(f.error).toMatch(/cancelled/);

  const retry = await gql<{ retryIngestJob: JobView }>(api.url, 'mutation($id: ID!) { retryIngestJob(id: $id) { state } }', { id: job.id }, { authorization: `Bearer ${REVIEWER}` });
  expect(retry.data?.retryIngestJob.state).toBe('RUNNING');
  const finished = await waitForJob(api.url, REVIEWER, job.id, settled);
  expect(finished).toMatchObject({ state: 'DONE', counts: { done: 20, cancelled: 0, failed: 0 } });
  expect(new Set(finished.files.map((f) => f.documentId)).size).toBe(20);
  await api.stop();
  api = undefined;
}, 180_000);
