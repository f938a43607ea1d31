// Read-your-writes across API processes: an answer that wrote carries the write's bookmark in
// x-neo4j-bookmark, and another `kg serve` process (its own driver, its own pool) handed it back
// answers from a database that has the write; a bookmark Neo4j never issued is refused, named.
import { serve, WRITE_TOKEN, type ServedApi } from './support/serve';

const HEADER = 'x-neo4j-bookmark';
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }`;
const CORRECT = `mutation($input: CorrectionInput!) { correct(input: $input) { id } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id title year } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;

interface Answer<T> {
  status: number;
  bookmark: string | null;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function ask<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<Answer<T>, 'status' | 'bookmark'>;
  return { status: res.status, bookmark: res.headers.get(HEADER), ...body };
}

let writer: ServedApi;
let reader: ServedApi;
let doc: string | undefined;

beforeAll(async () => {
  [writer, reader] = await Promise.all([serve(), serve()]);
}, 120_000);

afterAll(async () => {
  if (doc) await ask(writer.url, DELETE, { id: doc });
  await Promise.all([writer?.stop(), reader?.stop()]);
});

describe('bookmarks across API processes', () => {
  it('an upload answers with its bookmark, and another process handed it back reads the document', async () => {
    const text = `书签街道${Date.now()}年工作总结\n深入实施“书签全域”行动，开通书签巴士。\n`;
    const uploaded = await ask<{ ingestDocument: { documentId: string; status: string } }>(writer.url, INGEST, { input: { fileName: 'bookmark-test.txt', text } });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.ingestDocument.status).toBe('created');
    doc = uploaded.data?.ingestDocument.documentId;
    expect(uploaded.bookmark).toMatch(/\S/);

    const read = await ask<{ document: { id: string } | null }>(reader.url, DOCUMENT, { id: doc }, { [HEADER]: uploaded.bookmark as string });
    expect(read.errors).toBeUndefined();
    expect(read.data?.document?.id).toBe(doc);
    // the reader's answer continues the chain: a client can keep handing back the latest
    expect(read.bookmark).toMatch(/\S/);
  }, 120_000);

  it('a correction answers with its bookmark, and another process handed it back reads the corrected document', async () => {
    const corrected = await ask<{ correct: { id: string } }>(writer.url, CORRECT, { input: { kind: 'SET_DOCUMENT', document: doc, year: 2019, title: '书签街道工作总结' } });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.bookmark).toMatch(/\S/);
    expect(corrected.bookmark).not.toBe(null);

    const read = await ask<{ document: { title: string; year: number } }>(reader.url, DOCUMENT, { id: doc }, { [HEADER]: corrected.bookmark as string });
    expect(read.errors).toBeUndefined();
    expect(read.data?.document).toMatchObject({ title: '书签街道工作总结', year: 2019 });
  }, 120_000);

  it('hands the bookmark to Neo4j: one it never issued is refused with the header named', async () => {
    const forged = await ask(reader.url, DOCUMENT, { id: 'no-such-document' }, { [HEADER]: 'FB:bm90LWEtYm9va21hcms' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0].message).toMatch(/^x-neo4j-bookmark: the database does not know this bookmark/);
  }, 60_000);

  it('refuses a malformed header before reading anything', async () => {
    const malformed = await ask<{ document: unknown }>(reader.url, DOCUMENT, { id: 'no-such-document' }, { [HEADER]: 'FB:a b' });
    expect(malformed.status).toBe(400);
    expect(malformed.data ?? null).toBe(null);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toMatch(/^x-neo4j-bookmark: not a bookmark this API gave out/);
  }, 60_000);
});
