// The files governments publish, through the real pipeline (`kg ingest`: reader, OCR, LibreOffice,
// extractor, one transaction each) into Neo4j, then read over GraphQL from `kg serve`: a PDF whose
// second page is a scan of seed 000 (星桥街道), the same pages with a text layer, a Word 97 .doc,
// seed 004's task table as an .xlsx, and a broken .doc that fails alone with its reason.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { wipeGraph } from '../graph/support/graph-state';
import { extractText } from '@policy-graph/extract';
import { loadGazetteer, rewriteDocuments } from '@policy-graph/graph';
import { runKgTo } from '../graph/support/kg-process';
import { type IngestJson } from '../graph/support/seeds';
import { testNeo4j } from '../support/neo4j-env';
import { gql, gqlData } from './support/gql';
import { serve, WRITE_TOKEN, type ServedApi } from './support/serve';

const FIXTURES = resolve(__dirname, '../../libs/text/src/read/fixtures');
const FILES = ['xingqiao-2019-scan.pdf', 'xingqiao-2019-pages.pdf', 'xingqiao-2019.doc', 'xinjie-2024-tasks.xlsx'];
const idOf = (name: string) => createHash('sha256').update(readFileSync(join(FIXTURES, name))).digest('hex');

interface Fulfilment {
  project: { name: string };
  evidence: string;
  documentId: string;
  page: number | null;
}

let executor: Neo4jExecutor;
let folder: string;
let summary: IngestJson;
let progress: string[];
let api: ServedApi;

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  folder = join(mkdtempSync(join(tmpdir(), 'policy-graph-files-')), 'files');
  mkdirSync(folder);
  for (const name of FILES) copyFileSync(join(FIXTURES, name), join(folder, name));
  // a Word file cut short in transit: the OLE header is there, the rest is not
  writeFileSync(join(folder, 'cut.doc'), readFileSync(join(FIXTURES, 'xingqiao-2019.doc')).subarray(0, 1500));
  // a progress line after each file, as a job's counts
  const run = await runKgTo(['ingest', folder, '--json', '--every', '1'], testNeo4j());
  expect(run.code).toBe(3);
  summary = JSON.parse(run.stdout) as IngestJson;
  progress = run.stderr.split('\n').filter((l) => l.startsWith('ingest ')).map((l) => l.replace(/; [\d.]+ files\/s, ETA \d+s$/, ''));
  api = await serve();
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await executor?.close();
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

it('writes the four readable files and fails the broken one alone, naming it and the problem', () => {
  expect(summary).toMatchObject({ documents: 4, new: 4 });
  expect(summary.failed).toEqual([{ file: 'files/cut.doc', reason: expect.stringMatching(/^extraction failed: files\/cut\.doc: could not be opened by LibreOffice \(corrupt, password-protected or not an office document\) \(CONVERSION_FAILED\)$/) }]);
});

it('reports the run in the states of a job: queued, reading, extracting, loading, done, failed', () => {
  // files in order: cut.doc fails first; the other four are written in one transaction, so all four are
  // loading when the first of them is counted done
  expect(progress).toEqual([
    'ingest 1/5 files: 0 queued, 0 reading, 0 extracting, 4 loading, 0 done, 1 failed',
    'ingest 2/5 files: 0 queued, 0 reading, 0 extracting, 3 loading, 1 done, 1 failed',
    'ingest 3/5 files: 0 queued, 0 reading, 0 extracting, 2 loading, 2 done, 1 failed',
    'ingest 4/5 files: 0 queued, 0 reading, 0 extracting, 1 loading, 3 done, 1 failed',
    'ingest 5/5 files: 0 queued, 0 reading, 0 extracting, 0 loading, 4 done, 1 failed',
  ]);
});

it('reads the scanned page by OCR and finds 星动巴士 fulfilling 全域创新 there, on page 2', async () => {
  const scan = idOf('xingqiao-2019-scan.pdf');
  const data = await gqlData<{ document: { format: string; pageCount: number; ocrPages: number[]; text: string; mentions: { name: string; page: number | null }[] }; slogan: { projects: { nodes: Fulfilment[] } } }>(
    api.url,
    `query($id: ID!) {
       document(id: $id) { format pageCount ocrPages text mentions { name page } }
       slogan(name: "全域创新") { projects(first: 50) { nodes { project { name } evidence documentId page } } } }`,
    { id: scan },
  );
  expect(data.document).toMatchObject({ format: 'pdf', pageCount: 2, ocrPages: [2] });
  expect(data.document.text.split('\n')).toContain('\f');
  const bus = data.document.mentions.filter((m) => m.name === '星动巴士');
  expect(bus.length).toBeGreaterThan(0);
  expect(bus.every((m) => m.page === 2)).toBe(true);
  expect(data.document.mentions.find((m) => m.name === '三个全域')?.page).toBe(1);
  const tie = data.slogan.projects.nodes.find((f) => f.documentId === scan && f.project.name === '星动巴士');
  expect(tie).toMatchObject({ page: 2, evidence: expect.stringContaining('星动巴士') });
}, 60_000);

it('gives the evidence of a PDF with a text layer its page, and a Word file none', async () => {
  const data = await gqlData<{ slogan: { projects: { nodes: Fulfilment[] } } }>(
    api.url,
    `{ slogan(name: "全域创新") { projects(first: 50) { nodes { project { name } evidence documentId page } } } }`,
  );
  const bus = (name: string) => data.slogan.projects.nodes.find((f) => f.documentId === idOf(name) && f.project.name === '星动巴士');
  expect(bus('xingqiao-2019-pages.pdf')?.page).toBe(2);
  expect(bus('xingqiao-2019.doc')).toMatchObject({ page: null, evidence: expect.stringContaining('全域创新') });
  const [pdf] = await executor.read<{ ocrPages: number[] | null; pageCount: number }>(
    'MATCH (d:Document {id: $id}) RETURN d.ocrPages AS ocrPages, d.pageCount AS pageCount',
    { id: idOf('xingqiao-2019-pages.pdf') },
  );
  expect(pdf).toEqual({ ocrPages: null, pageCount: 2 });
});

it('keeps the rows of a spreadsheet, so the task-table rule ties the row\'s project to its programme', async () => {
  const ties = await executor.read<{ project: string; slogan: string; rule: string }>(
    `MATCH (j:Project)-[f:FULFILS {document: $id}]->(s:Slogan) RETURN j.name AS project, s.name AS slogan, f.rule AS rule ORDER BY project`,
    { id: idOf('xinjie-2024-tasks.xlsx') },
  );
  expect(ties).toContainEqual({ project: '心皆安矛盾纠纷溯源解分E本账小程序', slogan: '三级四源', rule: 'fulfils.table-row' });
});

it('keeps the OCRed pages and the pages of the evidence when the documents are extracted again from the stored text', async () => {
  await expect(rewriteDocuments(executor, [idOf('xingqiao-2019-scan.pdf')], loadGazetteer(), extractText)).resolves.toBe(1);
  const [scan] = await executor.read<{ ocrPages: number[]; pages: number[] }>(
    `MATCH (d:Document {id: $id})
     RETURN d.ocrPages AS ocrPages, [(d)-[:MENTIONS]->(j:Project)-[f:FULFILS {document: d.id}]->(:Slogan {name: '全域创新'}) WHERE j.name = '星动巴士' | f.page] AS pages`,
    { id: idOf('xingqiao-2019-scan.pdf') },
  );
  expect(scan).toEqual({ ocrPages: [2], pages: [2] });
});

it('reads an uploaded scan (ingestDocument) as kg ingest does: by OCR, the page recorded', async () => {
  const png = readFileSync(join(FIXTURES, 'xingqiao-2019-scan.png'));
  const res = await gql<{ ingestDocument: { documentId: string; status: string } }>(
    api.url,
    'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }',
    { input: { fileName: 'scan.png', base64: png.toString('base64') } },
    { authorization: `Bearer ${WRITE_TOKEN}` },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data?.ingestDocument.documentId as string;
  const data = await gqlData<{ document: { format: string; ocrPages: number[]; pageCount: number; text: string } }>(
    api.url,
    'query($id: ID!) { document(id: $id) { format ocrPages pageCount text } }',
    { id },
  );
  expect(data.document).toMatchObject({ format: 'image', ocrPages: [1], pageCount: 1 });
  expect(data.document.text).toContain('“星动巴士”开通');
}, 60_000);
