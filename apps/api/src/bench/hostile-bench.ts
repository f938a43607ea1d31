// Hostile requests one at a time against a `kg serve` it starts: the costly console queries, abusive
// GraphQL requests and upload bombs of "one user cannot take the service down", each timed with its
// HTTP status and code, while a second client asks /health and a search every 100 ms; the API's
// resident memory (each of its processes) sampled throughout. Then concurrent uploads of one file and
// of one source's versions. Prints a line per request and exits 1 when one is past its bound: an
// answer later than 15 s (30 s for an upload), another caller waiting 1 s or more, a code other
// than the expected one, a 5xx, an API process past 1 GiB (while documents are read too: they are
// read in processes of its own, whose sizes are printed with the API's), or Neo4j not answering afterwards.
// Not part of `make test` (tests/api/hostile.spec.ts and upload-bombs.spec.ts check the same with
// shorter timeouts); it needs a graph with documents (bin/kg ingest seeds). --only runs the requests
// whose label matches a regular expression.
//   NEO4J_URI=… node -r @swc-node/register apps/api/src/bench/hostile-bench.ts [--workers N] [--only REGEX]
import { loadConfig } from '@policy-graph/config';
import { Neo4jExecutor } from '@policy-graph/graph';
import { docxBomb, pdfBomb } from '@policy-graph/text';
import { repoRoot } from '@policy-graph/model';
import { zipSync } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({ options: { workers: { type: 'string' }, only: { type: 'string' } } });
const SEEDS = join(repoRoot(__dirname), 'seeds');

const TOKEN = 'hostile-bench-token-0123456789abcdef';
const SERVER_ENV = { RATE_LIMIT_REQUESTS: '100000000', RATE_LIMIT_CONSOLE: '100000000', RATE_LIMIT_UPLOADS: '100000000', API_WRITE_TOKEN: TOKEN };
const MB = 1024 * 1024;
const QUERY_BOUND_MS = 15_000;
const UPLOAD_BOUND_MS = 30_000;
const OTHERS_BOUND_MS = 1_000;
const RSS_BOUND_MB = 1024;

interface Answer {
  status: number;
  outcome: string;
  message?: string;
  cypherQueries?: number;
}

interface Case {
  label: string;
  expect: RegExp;
  boundMs: number;
  /** refused before Neo4j runs anything */
  runsNothing?: boolean;
  /** a document to read (the API's extraction processes then run) */
  upload?: boolean;
  /** files to store, not to read */
  stores?: boolean;
  /** made before the request is timed and the other caller starts */
  prepare?(): void;
  send(): Promise<Answer>;
}

let url = '';
// 10^8 rows, inside the guard's bounds, each building two strings: longer than the console's timeout
const SLOW = 'UNWIND range(1, 1000000) AS x UNWIND range(1, 100) AS y WITH x, y WHERE size(toString(x * y) + toString(x + y)) > 30 RETURN count(*) AS n';
const REJECTED = /^CYPHER_REJECTED/;
const auth = { authorization: `Bearer ${TOKEN}` };

async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await res.json()) as {
    data?: Record<string, { truncatedBy?: string | null; status?: string } | null>;
    errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
    extensions?: { cypherQueries?: number };
  };
  const error = json.errors?.[0];
  const first = json.data ? Object.values(json.data)[0] : null;
  const outcome = error
    ? [error.extensions?.code, error.extensions?.reason].filter(Boolean).join(' ')
    : first?.truncatedBy
      ? `truncated by ${first.truncatedBy}`
      : (first?.status ?? 'answered');
  return { status: res.status, outcome, message: error?.message.slice(0, 140), cypherQueries: json.extensions?.cypherQueries };
}

const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => post(JSON.stringify({ query, variables }), headers);
const CONSOLE = 'query($query: String!) { cypher(query: $query) { rowCount truncatedBy } }';
const consoleQuery = (label: string, query: string, expect: RegExp): Case => ({ label, expect, boundMs: QUERY_BOUND_MS, runsNothing: expect === REJECTED, send: () => gql(CONSOLE, { query }) });
const nested = (open: string, middle: string, close: string, times: number) => open.repeat(times) + middle + close.repeat(times);


const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }';
const uploadCase = (label: string, fileName: string, bytes: Buffer, expect: RegExp): Case => {
  const body = JSON.stringify({ query: INGEST, variables: { input: { fileName, base64: bytes.toString('base64') } } });
  return { label, expect, boundMs: UPLOAD_BOUND_MS, upload: true, send: () => post(body, auth) };
};

// A file through POST /uploads and a job, answered once the job has finished with it.
const jobCase = (label: string, fileName: string, bytes: Buffer, expect: RegExp): Case => ({
  label,
  expect,
  boundMs: UPLOAD_BOUND_MS,
  upload: true,
  async send() {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)]), fileName);
    const uploaded = (await (await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: auth })).json()) as { files: { id: string }[] };
    const start = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: 'mutation($ids: [ID!]!) { startIngestJob(uploadIds: $ids) { id } }', variables: { ids: uploaded.files.map((f) => f.id) } }),
    });
    const id = ((await start.json()) as { data: { startIngestJob: { id: string } } }).data.startIngestJob.id;
    for (;;) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: 'query($id: ID!) { ingestJob(id: $id) { files { state error } } }', variables: { id } }),
      });
      const [file] = ((await res.json()) as { data: { ingestJob: { files: { state: string; error: string | null }[] } } }).data.ingestJob.files;
      if (file.state === 'done' || file.state === 'failed') return { status: res.status, outcome: `job file ${file.state}`, message: file.error?.slice(0, 140) };
      await new Promise((r) => setTimeout(r, 100));
    }
  },
});

// Documents the graph does not hold yet: the seeds, each with a line of its own.
const freshSeeds = (tag: string) =>
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, bytes: Buffer.concat([readFileSync(join(SEEDS, name)), Buffer.from(`\n${tag} ${name}\n`)]) }));

const graphql = async <T>(query: string, variables: Record<string, unknown>) =>
  (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) })).json()) as T;

async function uploadIds(files: { name: string; bytes: Uint8Array }[]): Promise<{ status: number; ids: string[]; message?: string }> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: auth });
  const body = (await res.json()) as { files?: { id: string }[]; message?: string };
  return { status: res.status, ids: (body.files ?? []).map((f) => f.id), message: body.message };
}

type IngestAnswer = { data?: { ingestDocument: { documentId: string; status: string } }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
type JobAnswer = { data: { ingestJob: { state: string; files: { state: string; documentId: string | null }[] } } };

// The seeds as a job and, while its files are read, one more document through ingestDocument: both
// ask the API's extraction processes at once. The documents written are deleted afterwards.
const jobBesideIngest = (written: Set<string>): Case => ({
  label: '6 a job of 5 documents beside an ingestDocument',
  expect: /^job done ×5, ingestDocument created$/,
  boundMs: UPLOAD_BOUND_MS,
  upload: true,
  async send() {
    const tag = `hostile bench ${Date.now()}`;
    const uploaded = await uploadIds(freshSeeds(tag));
    const started = await graphql<{ data: { startIngestJob: { id: string } } }>('mutation($ids: [ID!]!) { startIngestJob(uploadIds: $ids) { id } }', { ids: uploaded.ids });
    const id = started.data.startIngestJob.id;
    const [one] = freshSeeds(`${tag} alone`);
    const single = await graphql<IngestAnswer>(INGEST, { input: { fileName: `alone-${one.name}`, text: one.bytes.toString('utf8') } });
    if (single.data) written.add(single.data.ingestDocument.documentId);
    const singleOutcome = single.data?.ingestDocument.status ?? single.errors?.[0]?.extensions?.code ?? 'no answer';
    for (;;) {
      const { state, files } = (await graphql<JobAnswer>('query($id: ID!) { ingestJob(id: $id) { state files { state documentId } } }', { id })).data.ingestJob;
      if (state !== 'RUNNING') {
        for (const f of files) if (f.documentId) written.add(f.documentId);
        const done = files.filter((f) => f.state === 'done').length;
        return { status: uploaded.status, outcome: `job ${state.toLowerCase()} ×${done}, ingestDocument ${singleOutcome}`, message: single.errors?.[0]?.message };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  },
});

// A .zip of 49 files of 10 MB (as large as a job may be) through POST /uploads: its files are stored
// while the other caller asks. The uploads are deleted afterwards.
function bigZipUpload(db: Neo4jExecutor): Case {
  let zip = new Uint8Array(0);
  return {
    label: '2 a .zip of 49 × 10 MB through POST /uploads',
    expect: /^stored ×49$/,
    boundMs: 120_000,
    stores: true,
    prepare() {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 49; i++) {
        const line = Buffer.from(`第${i}份，竞速区推进“上传测试”工作，开通巴士${i}条。\n`);
        files[`report-${String(i).padStart(2, '0')}.txt`] = new Uint8Array(Buffer.alloc(10 * MB - 4096, line));
      }
      zip = zipSync(files, { level: 1 });
    },
    async send() {
      const answer = await uploadIds([{ name: 'forty-nine.zip', bytes: zip }]);
      // a few megabytes a transaction, within db.memory.transaction.max
      for (const id of answer.ids) {
        for (let dropped = 1; dropped; ) [{ dropped }] = await db.write<{ dropped: number }>('MATCH (:IngestFile {id: $id})-[:HAS_CHUNK]->(c) WITH c LIMIT 8 DETACH DELETE c RETURN count(*) AS dropped', { id });
        await db.write('MATCH (f:IngestFile {id: $id}) DETACH DELETE f', { id });
      }
      return { status: answer.status, outcome: answer.status === 201 ? `stored ×${answer.ids.length}` : 'refused', message: answer.message };
    },
  };
}


function cases(db: Neo4jExecutor, written: Set<string>): Case[] {
  const aliases = Array.from({ length: 30 }, (_, i) => `q${i}: cypher(query: "MATCH (n) RETURN count(n) AS n") { rowCount }`).join(' ');
  return [
    consoleQuery('1 a range of 300,000,000 built', 'RETURN size([x IN range(1, 300000000) | x])', REJECTED),
    consoleQuery('1 a string doubled 30 times', "RETURN size(reduce(s = 'xxxxxxxxxxxxxxxx', i IN range(1, 30) | s + s))", REJECTED),
    consoleQuery('1 nested ranges of 10^10', 'RETURN size([x IN range(1, 100000) | [y IN range(1, 100000) | y]])', REJECTED),
    consoleQuery('2 any() over a range of 9×10^18', 'RETURN any(x IN range(1, 9000000000000000000) WHERE x < 0)', REJECTED),
    consoleQuery('2 a list grown by reduce', 'WITH range(1,100000) AS r RETURN size(reduce(acc = [], x IN r | acc + x))', REJECTED),
    consoleQuery('2 range(1, 10000000) returned', 'RETURN range(1, 10000000)', REJECTED),
    consoleQuery('2 a query past the timeout', SLOW, /^QUERY_TIMEOUT$/),
    consoleQuery('3 50 rows of 4 MB strings', "UNWIND range(1, 50) AS i RETURN i, reduce(s = 'xxxxxxxxxxxxxxxx', k IN range(1, 18) | s + s) AS text", /^(CYPHER_REJECTED|truncated by BYTES)/),
    consoleQuery('3 5,000 documents', 'MATCH (d:Document) UNWIND range(1, 5000) AS i RETURN d LIMIT 5000', /^truncated by (BYTES|ROWS)$/),
    consoleQuery('4 100 nested CASE', `RETURN ${nested('CASE WHEN true THEN ', '1', ' END', 100)}`, REJECTED),
    consoleQuery('4 200 nested CASE', `RETURN ${nested('CASE WHEN true THEN ', '1', ' END', 200)}`, REJECTED),
    consoleQuery('4 (a)--(a) × 200', `MATCH (a) RETURN (a)${'--(a)'.repeat(200)}`, REJECTED),
    { label: '4 30 aliased console queries', expect: /^GRAPHQL_VALIDATION_FAILED$/, boundMs: QUERY_BOUND_MS, runsNothing: true, send: () => gql(`{ ${aliases} }`) },
    consoleQuery('5 a cartesian product behind collect/UNWIND', 'MATCH (a) WITH collect(a) AS xs UNWIND xs AS a UNWIND xs AS b UNWIND xs AS c RETURN count(*)', REJECTED),
    consoleQuery('8 a map nested 500 deep', `RETURN ${nested('{a: ', '1', '}', 500)}`, REJECTED),
    { label: '8 200,000 duplicate fields', expect: /^GRAPHQL_PARSE_FAILED$/, boundMs: QUERY_BOUND_MS, send: () => post(JSON.stringify({ query: `{ ${'__typename '.repeat(200_000)} }` })) },
    {
      label: '8 50,000 fragment spreads',
      expect: /^GRAPHQL_PARSE_FAILED$/,
      boundMs: QUERY_BOUND_MS,
      send: () => post(JSON.stringify({ query: `{ ...F ${'...F '.repeat(50_000)} } fragment F on Query { __typename }` })),
    },
    {
      label: '8 variables nested 5,000 deep',
      expect: /^BAD_REQUEST$/,
      boundMs: QUERY_BOUND_MS,
      send: () => post(`{"query":${JSON.stringify(CONSOLE)},"variables":{"query":"RETURN $p AS p","params":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}}`),
    },
    {
      label: '8 a persisted-query hash that does not match',
      expect: /^BAD_REQUEST$/,
      boundMs: QUERY_BOUND_MS,
      send: () => post(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })),
    },
    { label: '8 negative first', expect: /^BAD_USER_INPUT$/, boundMs: QUERY_BOUND_MS, send: () => gql('{ documents(first: -5) { totalCount } }') },
    {
      label: '8 an upload dated 2024-13-45',
      expect: /^BAD_USER_INPUT$/,
      boundMs: QUERY_BOUND_MS,
      send: () => gql(INGEST, { input: { fileName: 'bad-date.txt', text: '2024年，竞速区推进“日期测试”工作。', metadata: { date: '2024-13-45' } } }, auth),
    },
    uploadCase('6 a .docx unpacking to 300 MB', 'bomb.docx', docxBomb(300 * MB), /^BAD_USER_INPUT$/),
    uploadCase('6 a PDF stream inflating to 400 MB', 'bomb.pdf', pdfBomb(400 * MB), /^BAD_USER_INPUT$/),
    jobCase('6 the same PDF in a job', 'bomb.pdf', pdfBomb(400 * MB), /^job file failed$/),
    jobBesideIngest(written),
    bigZipUpload(db),
  ];
}

// /health and a search, one after the other, every 100 ms until stopped: the slowest pair.
function otherCaller(): { stop(): Promise<{ slowestMs: number; rounds: number; failures: number }> } {
  let running = true;
  let slowestMs = 0;
  let rounds = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const health = await fetch(`${url}/health`).then((r) => r.status, () => 0);
      const search = await gql('{ search(text: "全域", limit: 5) { id } }').catch(() => ({ status: 0, outcome: 'failed' }));
      if (health !== 200 || search.status !== 200) failures++;
      slowestMs = Math.max(slowestMs, Date.now() - started);
      rounds++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { slowestMs, rounds, failures };
    },
  };
}

// Resident memory of a process and each of its descendants (the API's primary and workers), in MiB.
function treeRssMb(root: number): Map<number, number> {
  const parentOf = (pid: string) => {
    try {
      return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    } catch {
      return -1;
    }
  };
  const rss = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const pids = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of pids) {
      if (tree.has(Number(pid)) || !tree.has(parentOf(pid))) continue;
      tree.add(Number(pid));
      grew = true;
    }
  }
  return new Map([...tree].map((pid) => [pid, rss(pid)]));
}

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const db = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-hostile-bench' });
  const workers = values.workers ?? String(config.api.workers);
  const server = await startServer({ ...process.env, ...SERVER_ENV, API_WORKERS: workers });
  url = server.url;
  // the largest process's resident memory during the current request
  let casePeakMb = 0;
  // and of all its processes together (the primary, its workers and their extraction processes)
  let caseTotalMb = 0;
  const sample = () => {
    const tree = treeRssMb(server.pid);
    tree.forEach((mb) => (casePeakMb = Math.max(casePeakMb, mb)));
    caseTotalMb = Math.max(caseTotalMb, [...tree.values()].reduce((sum, mb) => sum + mb, 0));
  };
  const sampler = setInterval(sample, 200);
  const peakMb = { requests: 0, uploads: 0, stores: 0 };
  const totalMb = { requests: 0, uploads: 0, stores: 0 };
  const problems: string[] = [];
  const written = new Set<string>();
  try {
    // the guard's parser and the search warm once before anything is timed, the extraction thread before the first upload
    await gql(CONSOLE, { query: 'RETURN 1 AS one' });
    let extractorWarm = false;
    console.log(`hostile bench against ${url} (${workers} workers); bounds: ${QUERY_BOUND_MS / 1000} s a query, ${UPLOAD_BOUND_MS / 1000} s an upload, ${OTHERS_BOUND_MS} ms for others`);
    console.log(`${'request'.padEnd(46)}${'status'.padStart(7)}${'ms'.padStart(8)}${'others max ms'.padStart(15)}${'RSS MiB'.padStart(9)}  outcome`);
    const only = values.only ? new RegExp(values.only) : null;
    for (const c of cases(db, written).filter((c) => !only || only.test(c.label))) {
      if (c.upload && !extractorWarm) {
        await gql(INGEST, { input: { fileName: 'warm-up.txt', text: '2024年，竞速区推进“预热测试”工作。' } }, auth);
        extractorWarm = true;
      }
      c.prepare?.();
      const others = otherCaller();
      casePeakMb = 0;
      caseTotalMb = 0;
      sample();
      const started = Date.now();
      const answer = await c.send().catch((error: Error) => ({ status: 0, outcome: `no answer: ${error.message}` }) as Answer);
      const ms = Date.now() - started;
      sample();
      const phase = c.upload ? 'uploads' : c.stores ? 'stores' : 'requests';
      peakMb[phase] = Math.max(peakMb[phase], casePeakMb);
      totalMb[phase] = Math.max(totalMb[phase], caseTotalMb);
      const { slowestMs, rounds, failures } = await others.stop();
      console.log(`${c.label.padEnd(46)}${String(answer.status).padStart(7)}${String(ms).padStart(8)}${String(slowestMs).padStart(15)}${casePeakMb.toFixed(0).padStart(9)}  ${answer.outcome}${answer.message ? ` (${answer.message})` : ''}`);
      if (!c.expect.test(answer.outcome)) problems.push(`${c.label}: ${answer.outcome}, expected ${c.expect}`);
      if (answer.status >= 500 || answer.status === 0) problems.push(`${c.label}: HTTP ${answer.status}`);
      if (ms >= c.boundMs) problems.push(`${c.label}: answered in ${ms} ms`);
      if (slowestMs >= OTHERS_BOUND_MS || failures || !rounds) problems.push(`${c.label}: others waited up to ${slowestMs} ms (${rounds} rounds, ${failures} failed)`);
      if (c.runsNothing && answer.cypherQueries) problems.push(`${c.label}: ran ${answer.cypherQueries} Neo4j transactions`);
    }
    for (const [label, inputs, expected] of [
      ['7 8 uploads of one file at once', Array.from({ length: 8 }, () => ({ fileName: 'same.txt', text: '2023年，竞速区部署“并发基准口号”工作，开通巴士1条。' })), 'created ×1, unchanged ×7'],
      [
        '7 8 versions of one source at once',
        Array.from({ length: 8 }, (_, i) => ({ fileName: `v${i}.txt`, text: `2023年，竞速区部署“并发基准版本”工作，第${i}稿，开通巴士${i + 2}条。`, metadata: { sourceKey: 'hostile-bench/one-source' } })),
        'created ×1, replaced ×7',
      ],
    ] as const) {
      if (only && !only.test(label)) continue;
      const started = Date.now();
      const answers = await Promise.all(inputs.map((input) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: INGEST, variables: { input } }) }).then((r) => r.json())));
      const outcomes = new Map<string, number>();
      for (const a of answers as Array<{ data?: { ingestDocument: { documentId: string; status: string } }; errors?: Array<{ extensions?: { code?: string } }> }>) {
        if (a.data) written.add(a.data.ingestDocument.documentId);
        const outcome = a.errors?.[0]?.extensions?.code ?? a.data?.ingestDocument.status ?? 'none';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
      const summary = [...outcomes].sort().map(([o, n]) => `${o} ×${n}`).join(', ');
      console.log(`${label.padEnd(46)}${''.padStart(7)}${String(Date.now() - started).padStart(8)}${''.padStart(15)}  ${summary}`);
      if (summary !== expected) problems.push(`${label}: ${summary}, expected ${expected}`);
    }
    if (!only || only.test('7 8 versions of one source at once')) {
      const [{ n }] = await db.read<{ n: number }>('MATCH (d:Document {sourceKey: $key}) RETURN count(d) AS n', { key: 'hostile-bench/one-source' });
      console.log(`documents of that source afterwards: ${n}`);
      if (n !== 1) problems.push(`8 versions of one source left ${n} documents`);
    }
  } finally {
    clearInterval(sampler);
    for (const id of written) await gql('mutation($id: ID!) { deleteDocument(id: $id) { id } }', { id }, auth);
  }
  const neo4jUp = await db.read('RETURN 1 AS ok').then(() => true, () => false);
  const health = await fetch(`${url}/health`).then((r) => r.status, () => 0);
  console.log(
    `largest API process, resident: ${peakMb.requests.toFixed(0)} MiB during the queries and requests, ${peakMb.uploads.toFixed(0)} MiB during the uploads to read, ${peakMb.stores.toFixed(0)} MiB storing the .zip; ` +
      `all its processes together: ${totalMb.requests.toFixed(0)}, ${totalMb.uploads.toFixed(0)} and ${totalMb.stores.toFixed(0)} MiB; Neo4j afterwards: ${neo4jUp ? 'up' : 'DOWN'}; /health: ${health}`,
  );
  if (peakMb.requests >= RSS_BOUND_MB) problems.push(`an API process reached ${peakMb.requests.toFixed(0)} MiB during the queries and requests`);
  if (peakMb.uploads >= RSS_BOUND_MB) problems.push(`an API process reached ${peakMb.uploads.toFixed(0)} MiB during the uploads to read`);
  if (!neo4jUp || health !== 200) problems.push('not healthy afterwards');
  await server.stop();
  await db.close();
  for (const problem of problems) console.log(`PAST A BOUND: ${problem}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`hostile bench: ${error.message}`);
    process.exit(2);
  },
);
