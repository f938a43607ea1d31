// Whether the API stays responsive while a big ingestion job runs: one client times a search, a document
// and /health in turn with the API idle (the baseline, before and after), and while --files real reports
// of the corpus (every n-th, new to the graph) run as one job; p50/p95/max of each, the job's throughput and
// how it ended (every file done, none failed, each document once in the graph). The documents it
// added are deleted afterwards unless --keep. Not part of `make test` (500 files take many minutes).
//   NEO4J_URI=… node -r @swc-node/register apps/api/src/bench/job-bench.ts [--files 500] [--idle-seconds 30] [--workers N] [--keep] [--corpus FILE.tar.xz]
import { loadConfig } from '@policy-graph/config';
import { deleteDocuments, Neo4jExecutor } from '@policy-graph/graph';
import { repoRoot } from '@policy-graph/model';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '500' },
    'idle-seconds': { type: 'string', default: '30' },
    workers: { type: 'string' },
    keep: { type: 'boolean', default: false },
    corpus: { type: 'string' },
  },
});
const FILES = Number(values.files);
const IDLE_SECONDS = Number(values['idle-seconds']);
const ROOT = repoRoot(__dirname);
const CORPUS = values.corpus ?? join(ROOT, '../shared/corpus/gov-work-reports.tar.xz');
// a pause between the client's rounds: it samples the service as a person clicking about would, not as load
const PAUSE_MS = 100;
const POLL_MS = 2_000;
const WARM_SECONDS = 15;
const JOB_TIMEOUT_MS = 3 * 3600_000;
const TOKEN = `bench-${randomBytes(12).toString('hex')}`;
// one client sends thousands of requests and a job of hundreds of files: the limits of one caller are raised
const SERVER_ENV = { RATE_LIMIT_REQUESTS: '100000000', RATE_LIMIT_UPLOADS: '1000', API_REVIEWERS: `bench=${TOKEN}` };

interface Report {
  name: string;
  bytes: Buffer;
}

// Every n-th report of the corpus in path order, named by its path in it (body folder and year), as a dropped folder names them.
function corpusReports(count: number): Report[] {
  const dir = mkdtempSync(join(tmpdir(), 'policy-graph-job-bench-'));
  try {
    execFileSync('tar', ['-xJf', CORPUS, '-C', dir]);
    const all: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.md') && name !== 'README.md') all.push(path);
      }
    };
    walk(dir);
    if (all.length < count) throw new Error(`the corpus has ${all.length} reports, fewer than --files ${count}`);
    const step = Math.floor(all.length / count);
    return all.filter((_, i) => i % step === 0).slice(0, count).map((path) => ({ name: relative(dir, path), bytes: readFileSync(path) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

type Answer = Record<string, unknown>;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Answer; errors?: Array<{ message: string }> };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`HTTP ${res.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

// The requests of the explorer a reader sends most (texts of apps/web/src/api/operations.ts), and /health.
function probes(url: string, documentId: string): { name: string; send: () => Promise<void> }[] {
  return [
    {
      name: 'search',
      send: () => gql(url, 'query Search($text: String!) { search(text: $text, limit: 12) { id type name score matchedOn context } }', { text: '全域' }).then(() => undefined),
    },
    {
      name: 'document',
      send: () => gql(url, 'query Document($id: ID!) { document(id: $id) { id title file date year text pageCount ocrPages mentions { entityId type name start end } subjects { id name } } }', { id: documentId }).then(() => undefined),
    },
    {
      name: 'health',
      send: async () => {
        const res = await fetch(`${url}/health`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`/health answered HTTP ${res.status}`);
      },
    },
  ];
}

interface Samples {
  times: Map<string, number[]>;
  errors: string[];
}

// One client, the probes in turn with a pause after each round, until `running` says stop.
async function sample(list: ReturnType<typeof probes>, running: () => boolean): Promise<Samples> {
  const out: Samples = { times: new Map(list.map((p) => [p.name, []])), errors: [] };
  while (running()) {
    for (const p of list) {
      const started = performance.now();
      try {
        await p.send();
        out.times.get(p.name)?.push(performance.now() - started);
      } catch (error) {
        out.errors.push(`${p.name}: ${(error as Error).message.slice(0, 160)}`);
      }
    }
    await new Promise((r) => setTimeout(r, PAUSE_MS));
  }
  return out;
}

const until = (seconds: number) => {
  const end = Date.now() + seconds * 1000;
  return () => Date.now() < end;
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(0)).padStart(9);

interface JobView {
  state: string;
  total: number;
  counts: Record<string, number>;
  files?: { name: string; state: string; error: string | null; documentId: string | null }[];
}
const COUNTS = 'state total counts { queued reading extracting loading done failed cancelled }';

async function upload(url: string, reports: Report[]): Promise<string[]> {
  const form = new FormData();
  for (const r of reports) form.append('files', new Blob([new Uint8Array(r.bytes)]), r.name);
  const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
  const body = (await res.json()) as { files?: { id: string }[]; message?: string };
  if (res.status !== 201 || !body.files) throw new Error(`POST /uploads answered HTTP ${res.status}: ${body.message ?? ''}`);
  return body.files.map((f) => f.id);
}

const documentCount = async (db: Neo4jExecutor) => Number((await db.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n'))[0]?.n ?? 0);

// Deletes those of `ids` in the graph, 50 a transaction (each document's facts go with it).
async function deleteWritten(db: Neo4jExecutor, ids: string[]): Promise<number> {
  const present = (await db.read<{ id: string }>('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id', { ids })).map((r) => r.id);
  for (let i = 0; i < present.length; i += 50) await deleteDocuments(db, present.slice(i, i + 50));
  return present.length;
}

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const db = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-job-bench' });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  // the reports' ids once none of them is in the graph: whatever of them is there afterwards, the run wrote
  let ours: string[] = [];
  try {
    const doc = (await db.read<{ id: string }>('MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 1'))[0];
    if (!doc) throw new Error('the graph at NEO4J_URI has no document: ingest seeds/ first (bin/kg ingest seeds)');
    const reports = corpusReports(FILES);
    const ids = reports.map((r) => sha256(r.bytes));
    const present = (await db.read<{ n: number }>('MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n', { ids }))[0]?.n ?? 0;
    if (Number(present) > 0) throw new Error(`${present} of the ${FILES} reports are in the graph already: a job would find them unchanged; use a graph without them`);
    ours = ids;
    const documentsBefore = await documentCount(db);
    const megabytes = reports.reduce((n, r) => n + r.bytes.length, 0) / 1024 / 1024;

    const workers = values.workers ?? String(config.api.workers);
    server = await startServer({ ...process.env, ...SERVER_ENV, API_WORKERS: workers });
    const url = server.url;
    const list = probes(url, doc.id);
    // untimed, while the server's own warm-up runs: plans and pages in
    await sample(list, until(WARM_SECONDS));
    const before = await sample(list, until(IDLE_SECONDS));

    const uploadStarted = performance.now();
    const uploadIds = await upload(url, reports);
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    const jobStarted = performance.now();
    const job = (await gql(url, `mutation($ids: [ID!]!) { startIngestJob(uploadIds: $ids) { id ${COUNTS} } }`, { ids: uploadIds }, TOKEN)).startIngestJob as JobView & { id: string };
    let view: JobView = job;
    let settled = false;
    const busyRun = sample(list, () => !settled);
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    while (view.state === 'RUNNING') {
      if (Date.now() > deadline) throw new Error(`the job is still running after ${JOB_TIMEOUT_MS / 60_000} minutes: ${JSON.stringify(view.counts)}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
      view = (await gql(url, `query($id: ID!) { ingestJob(id: $id) { ${COUNTS} } }`, { id: job.id }, TOKEN)).ingestJob as JobView;
    }
    const jobSeconds = (performance.now() - jobStarted) / 1000;
    settled = true;
    const busy = await busyRun;
    // idle again: the machine's other work drifts, so the baseline is taken on both sides of the job
    const after = await sample(list, until(IDLE_SECONDS));

    const final = (await gql(url, `query($id: ID!) { ingestJob(id: $id) { ${COUNTS} files { name state error documentId } } }`, { id: job.id }, TOKEN)).ingestJob as JobView;
    const files = final.files ?? [];
    const inGraph = (await db.read<{ id: string; n: number }>('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, count(*) AS n', { ids })).map((r) => ({ id: r.id, n: Number(r.n) }));
    const once = inGraph.filter((r) => r.n === 1).length;
    const twice = inGraph.filter((r) => r.n > 1).length;
    const wrongId = files.filter((f, i) => f.documentId !== null && f.documentId !== ids[i]).length;
    const added = (await documentCount(db)) - documentsBefore;

    const line = (label: string, s: Samples, name: string) => {
      const sorted = [...(s.times.get(name) ?? [])].sort((a, b) => a - b);
      return `${label.padEnd(24)}${String(sorted.length).padStart(9)}${ms(quantile(sorted, 0.5))}${ms(quantile(sorted, 0.95))}${ms(sorted[sorted.length - 1])}`;
    };
    console.log(`job-bench: ${FILES} reports of the corpus (${megabytes.toFixed(1)} MiB) as one job, against ${url} (${workers} workers); one client, ${PAUSE_MS} ms between rounds`);
    console.log(`${'request'.padEnd(24)}${'requests'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}`);
    for (const p of list) {
      console.log(line(`${p.name}, idle before`, before, p.name));
      console.log(line(`${p.name}, during job`, busy, p.name));
      console.log(line(`${p.name}, idle after`, after, p.name));
    }
    const phases = [['idle before', before], ['during job', busy], ['idle after', after]] as const;
    for (const [label, s] of phases) if (s.errors.length) console.log(`errors ${label}: ${s.errors.length}, the first: ${s.errors[0]}`);
    console.log(`upload: ${uploadSeconds.toFixed(1)} s; job: ${jobSeconds.toFixed(0)} s start to ${final.state}, ${(final.counts.done / jobSeconds).toFixed(2)} files/s (${((final.counts.done / jobSeconds) * 60).toFixed(0)} a minute, ${(megabytes / jobSeconds * 60).toFixed(1)} MiB a minute)`);
    console.log(`job: ${final.state}, ${final.counts.done} done, ${final.counts.failed} failed, ${final.counts.cancelled} cancelled of ${final.total}; in the graph: ${once} documents once, ${twice} more than once, ${FILES - inGraph.length} missing, ${added} documents added in all; ${wrongId} files named another document`);
    for (const f of files.filter((x) => x.state !== 'done').slice(0, 10)) console.log(`  ${f.name}: ${f.state} ${f.error ?? ''}`);
    const ok = final.state === 'DONE' && final.counts.done === FILES && final.counts.failed === 0 && once === FILES && twice === 0 && added === FILES && wrongId === 0 && phases.every(([, s]) => !s.errors.length);
    return ok ? 0 : 1;
  } finally {
    await server?.stop();
    if (ours.length && !values.keep) console.log(`the job's ${await deleteWritten(db, ours)} documents deleted again (--keep keeps them)`);
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`job-bench: ${error.message}`);
    process.exit(2);
  },
);
