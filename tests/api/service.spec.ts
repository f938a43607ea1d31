// Service quality over real HTTP: tokens, limits, errors, health, the local IDE and configuration.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '@policy-graph/graph';
import { codeOf, gql, gqlData } from './support/gql';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { READ_TOKEN, ROOT, seedsApi, serve, serveExpectingExit, WRITE_TOKEN } from './support/serve';

const UPLOAD = `2022年3月，测试区示范街道召开大会，部署“服务质量测试口号”工作。开通“接口测试巴士”，全年实现接口测试12次。`;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status title year counts { slogans projects outcomes } } }`;

const api = seedsApi({ BODY_LIMIT_BYTES: '200000' });

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}


describe('writes', () => {
  const input = { fileName: 'service-quality-test.txt', text: UPLOAD, metadata: { title: '接口测试文件', date: '2022-03-01' } };

  it('refuses ingestion without the write token, or with another token', async () => {
    expect(codeOf(await gql(api.url, INGEST, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, INGEST, { input }, { authorization: `Bearer ${READ_TOKEN}` }))).toBe('FORBIDDEN');
  });

  it('ingests with the write token through the CLI pipeline, once', async () => {
    const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
    const first = await gql<{ ingestDocument: { documentId: string; status: string; title: string; year: number } }>(api.url, INGEST, { input }, auth);
    expect(first.errors).toBeUndefined();
    expect(['created', 'unchanged']).toContain(first.data?.ingestDocument.status);
    expect(first.data?.ingestDocument).toEqual(expect.objectContaining({ title: '接口测试文件', year: 2022 }));
    // the upload's write transactions count against the request, like reads do
    expect(first.extensions?.cypherQueries).toBeGreaterThanOrEqual(1);
    const again = await gql<{ ingestDocument: { status: string } }>(api.url, INGEST, { input }, auth);
    expect(again.data?.ingestDocument.status).toBe('unchanged');
    const id = first.data?.ingestDocument.documentId;
    const doc = await gqlData<{ document: { title: string; text: string } }>(api.url, `query($id: ID!) { document(id: $id) { title text } }`, { id });
    expect(doc.document.title).toBe('接口测试文件');
    expect(doc.document.text).toContain('接口测试巴士');
  });

  it('recognises a seed uploaded as a base64 file as the document the CLI ingested', async () => {
    const file = readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt')) as string;
    const bytes = readFileSync(join(ROOT, 'seeds', file));
    const res = await gql<{ ingestDocument: { documentId: string; status: string } }>(
      api.url,
      INGEST,
      { input: { fileName: file, base64: bytes.toString('base64') } },
      { authorization: `Bearer ${WRITE_TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestDocument).toEqual(
      expect.objectContaining({ documentId: createHash('sha256').update(bytes).digest('hex'), status: 'unchanged' }),
    );
  });

  it('validates the upload with zod and names the problem', async () => {
    const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
    const both = await gql(api.url, INGEST, { input: { fileName: 'x.txt', text: 'a', base64: 'YQ==' } }, auth);
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toContain('exactly one of text or base64');
    const badDate = await gql(api.url, INGEST, { input: { fileName: '../x.txt', text: 'a', metadata: { date: '2022/3/1' } } }, auth);
    expect(badDate.errors?.[0].message).toMatch(/fileName.*bare file name|metadata\.date/);
  });

  it('limits the request body size', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { fileName: 'big.txt', text: '长'.repeat(100_000) } } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toContain('200000');
  });
});

describe('query limits', () => {
  it('rejects a query deeper than the depth limit', async () => {
    const deep = `{ slogan(name: "三个全域") { ${'parts { partOf { '.repeat(6)}name${' } }'.repeat(6)} } }`;
    const res = await gql(api.url, deep);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/exceeds maximum operation depth of 11 \(it is 14\)/);
  });

  it('rejects a query whose cost is over the limit, saying what to change', async () => {
    const costly = `{ body(name: "星桥街道") { outcomes(first: 500) { nodes { id value unit baseValue baseUnit status metric text year documentId start end } } } }`;
    const res = await gql(api.url, costly);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/costs \d+; the limit is \d+/);
  });

  it('rejects too many aliases and batched requests', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: search(text: "全域", limit: 1) { id }`).join(' ');
    const res = await gql(api.url, `{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toContain('more than 30 aliases');
    const batch = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ savedQueries { name } }' }, { query: '{ savedQueries { name } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('answers bad arguments with BAD_USER_INPUT and a message naming them', async () => {
    const res = await gql(api.url, `{ search(text: "全域", limit: 1000) { id } }`);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('search.limit');
  });
});

describe('batching', () => {
  const PAGE = `adopters(first: 50) { totalCount nodes { body { name } province } }
    projects { nodes { project { name } evidence } } outcomes { nodes { text } } partOf { name }`;
  const NESTED = `query($name: String!) { slogan(name: $name) { name ${PAGE} parts { name ${PAGE} parts { name } } } }`;
  type Answer = { data: { slogan: { parts: unknown[] } }; extensions: { cypherQueries: number } };
  const ask = async (name: string) =>
    (await (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: NESTED, variables: { name } }) })).json()) as Answer;

  it('answers nested lists with as many Cypher queries whatever their length (no N+1)', async () => {
    const three = await ask('三个全域');
    const four = await ask('四个一批');
    expect(three.data.slogan.parts).toHaveLength(3);
    expect(four.data.slogan.parts.length).toBeGreaterThan(3);
    // one per field family and level: lookup, parts, their slogans, 4 root pages, 5 nested families, nested slogans
    expect(three.extensions.cypherQueries).toBeGreaterThan(3);
    expect(three.extensions.cypherQueries).toBeLessThanOrEqual(13);
    expect(four.extensions.cypherQueries).toBe(three.extensions.cypherQueries);
  });

  it('counts the transactions of the Cypher console too', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cypher(query: "MATCH (s:Slogan) RETURN count(s) AS n") { rows } }' }),
    });
    const body = (await res.json()) as { errors?: unknown; extensions: { cypherQueries: number } };
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cypherQueries).toBeGreaterThanOrEqual(1);
  });
});

describe('the HTTP surface', () => {
  it("keeps an idle connection open past Node's 5 s default, so a client reusing it is not reset", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<{ status?: number; reused: boolean }>((done, fail) => {
        const req = httpRequest(`${api.url}/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => done({ status: res.statusCode, reused: req.reusedSocket }));
        });
        req.on('error', fail).end();
      });
    try {
      expect(await ask()).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6_000));
      expect(await ask()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('reports Neo4j health at /health', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(expect.objectContaining({ status: 'ok', neo4j: 'up' }));
  });

  it('serves a GraphQL IDE at /graphql to browsers, with no CDN', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    for (const asset of html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)) {
      expect((await fetch(`${api.url}${asset[1]}`)).status).toBe(200);
    }
  });

  it('serves the web page at / when it is built', async () => {
    const res = await fetch(`${api.url}/`);
    const built = (() => {
      try {
        return readFileSync(join(ROOT, 'dist/web/index.html'), 'utf8');
      } catch {
        return null;
      }
    })();
    expect(res.status).toBe(built ? 200 : 404);
    if (built) expect(await res.text()).toBe(built);
  });

  it('keeps the committed schema.gql equal to what the server exposes', async () => {
    const { data } = await gql<{ __schema: { queryType: { fields: Array<{ name: string }> } } }>(api.url, `{ __schema { queryType { fields { name } } } }`);
    const sdl = readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8');
    for (const field of data?.__schema.queryType.fields ?? []) expect(sdl).toContain(`  ${field.name}`);
    expect(data?.__schema.queryType.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['search', 'slogan', 'body', 'diffusion', 'trace', 'neighbourhood', 'document', 'compare', 'savedQueries', 'runSavedQuery', 'cypher']),
    );
  });
});

describe('configuration', () => {
  it('closes reads when API_READS_OPEN=false, opening them to the read token', async () => {
    const closed = await serve({ API_READS_OPEN: 'false', API_READ_TOKEN: READ_TOKEN });
    try {
      const query = '{ savedQueries { name } }';
      expect(codeOf(await gql(closed.url, query))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(closed.url, query, {}, { authorization: 'Bearer some-other-token-0000000' }))).toBe('FORBIDDEN');
      const open = await gql(closed.url, query, {}, { authorization: `Bearer ${READ_TOKEN}` });
      expect(open.errors).toBeUndefined();
    } finally {
      await closed.stop();
    }
  }, 120_000);

  it('stops on a bad configuration value with a message naming it', async () => {
    const result = await serveExpectingExit({ PORT: 'eighty', CYPHER_ROW_LIMIT: '-5' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('CYPHER_ROW_LIMIT');
  }, 120_000);

  it('serves from API_WORKERS processes sharing the port, and stops them all', async () => {
    const clustered = await serve({ API_WORKERS: '2' });
    let workers: number[] = [];
    try {
      // the second worker starts once the first listens; the announcement comes when both do
      await waitFor(() => clustered.output().includes('(2 workers)'), 90_000);
      workers = execFileSync('pgrep', ['-P', String(clustered.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
      expect(workers).toHaveLength(2);
      const answers = await Promise.all([1, 2, 3, 4].map(() => gqlData<{ slogan: { name: string } }>(clustered.url, '{ slogan(name: "全域美丽") { name } }')));
      expect(answers.map((a) => a.slogan.name)).toEqual(Array(4).fill('全域美丽'));
      await waitFor(() => clustered.output().includes('(2 workers)'), 90_000);
    } finally {
      await clustered.stop();
    }
    const alive = workers.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  }, 240_000);

  it('stops with an error when its workers cannot take the port', async () => {
    const result = await serveExpectingExit({ API_WORKERS: '2', PORT: new URL(api.url).port });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/EADDRINUSE|address already in use/i);
  }, 150_000);

  it('starts without Neo4j but reports it down at /health', async () => {
    const deadPort = await findFreePort();
    const orphan = await serve({ NEO4J_URI: `bolt://127.0.0.1:${deadPort}` });
    try {
      const res = await fetch(`${orphan.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual(expect.objectContaining({ status: 'error', neo4j: 'down' }));
      const started = Date.now();
      const query = await gql(orphan.url, '{ search(text: "全域") { id } }');
      expect(codeOf(query)).toBe('DATABASE_UNAVAILABLE');
      // the driver's default retry window is 30 s; a user must not wait that long to learn Neo4j is away
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await orphan.stop();
    }
  }, 120_000);
});
