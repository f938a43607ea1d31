// Several documents a transaction: the graph is the one they give written one at a time, and a
// document that cannot be written fails alone, its batch written again document by document.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '@policy-graph/extract';
import { Neo4jExecutor, buildDocumentRows, ingestDocuments, loadGazetteer, writeDocument, writeDocuments, type DocumentRows, type IngestItem } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { HandDocument, handExtraction } from './support/hand-extraction';
import { SEEDS_DIR } from './support/seeds';

const gazetteer = loadGazetteer();
const XIAOSHAN = { district: '萧山区', city: '杭州市', province: '浙江省' };
let executor: Neo4jExecutor;
let seeds: DocumentRows[];

const hand = (doc: HandDocument, sourceKey: string) => buildDocumentRows(handExtraction(doc), { sourceKey, gazetteer });

// the same slogans from several bodies and years, with different origins, parts and aliases
const district2021 = hand(
  {
    text: '区委提出“一心四区”战略，打造“萧山智造”品牌，推进“三个全域”。力争新增就业岗位500个。',
    year: 2021,
    subject: XIAOSHAN,
    slogans: [{ name: '一心四区', origin: 'district' }, { name: '萧山智造', aliases: ['智造萧山'] }, { name: '三个全域', parts: ['全域美丽', '全域创新'] }],
    outcomes: [{ value: 500, unit: '个', status: 'target', metric: '新增就业岗位', text: '力争新增就业岗位500个', project: null }],
  },
  'hand/xs-2021',
);
const district2022 = hand(
  {
    text: '深化“萧山智造”，推进“数字萧山”和“三个全域”。全年新增就业岗位520个。',
    year: 2022,
    subject: XIAOSHAN,
    slogans: [{ name: '萧山智造', origin: 'city' }, { name: '数字萧山' }, { name: '三个全域', parts: ['全域美丽', '全域创新'] }],
    outcomes: [{ value: 520, unit: '个', status: 'achieved', metric: '新增就业岗位', text: '全年新增就业岗位520个', project: null }],
  },
  'hand/xs-2022',
);
const street = (text: string): HandDocument => ({
  text,
  year: 2022,
  subject: { ...XIAOSHAN, street: '闻堰街道' },
  slogans: [{ name: '一心四区' }, { name: '萧山智造', aliases: ['萧山制造'] }],
  projects: ['湘湖智造园'],
  fulfils: [['湘湖智造园', '萧山智造']],
  outcomes: [{ value: 3, unit: '个', status: 'achieved', metric: '园区', text: '建成园区3个', project: '湘湖智造园' }],
});
const streetOld = hand(street('闻堰街道落实“一心四区”，建设湘湖智造园，助力“萧山智造”，建成园区3个。'), 'hand/wy');
const streetNew = hand(street('闻堰街道落实“一心四区”，建设湘湖智造园，助力“萧山智造”（萧山制造），建成园区3个。'), 'hand/wy');

// a reviewer's statement of a part, as a correction puts it on the rows: kept in lists sorted by document
function reviewed(rows: DocumentRows, whole: string, part: string): DocumentRows {
  const start = rows.doc.text.indexOf(whole);
  return { ...rows, parts: rows.parts.map((p) => (p.whole === whole && p.part === part ? { ...p, start, end: start + whole.length } : p)) };
}

function itemsOf(docs: DocumentRows[]): IngestItem[] {
  return docs.map((rows) => ({ file: rows.doc.sourceKey, kind: 'rows', rows }));
}

async function* stream(items: IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

beforeAll(async () => {
  executor = connectTestExecutor();
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  seeds = await Promise.all(files.map(async (f) => buildDocumentRows(await extractDocument(new Uint8Array(readFileSync(join(SEEDS_DIR, f))), f), { sourceKey: `seeds/${f}`, gazetteer })));
}, 120_000);

afterAll(() => executor?.close());

describe('documents written several a transaction', () => {
  // an older version of one source and a reviewed document are in the graph first; two documents come twice
  const before = () => [streetOld, reviewed(district2021, '三个全域', '全域美丽')];
  const sequence = () => [...seeds, reviewed(district2022, '三个全域', '全域美丽'), streetNew, district2022, seeds[0]];

  async function ingest(batch: { documents: number; rows: number }) {
    await wipeGraph(executor);
    for (const rows of before()) await writeDocument(executor, rows);
    const summary = await ingestDocuments(stream(itemsOf(sequence())), executor, { batch });
    return { summary, checksum: await contentChecksum(executor) };
  }

  it('in one transaction give the graph of one document a transaction', async () => {
    const batch = [...seeds, reviewed(district2022, '三个全域', '全域美丽'), streetNew];
    await wipeGraph(executor);
    for (const rows of [...before(), ...batch]) await writeDocument(executor, rows);
    const one = await contentChecksum(executor);
    await wipeGraph(executor);
    for (const rows of before()) await writeDocument(executor, rows);
    const { statuses } = await writeDocuments(executor, batch);
    expect(statuses).toEqual([...seeds.map(() => 'new'), 'new', 'replaced']);
    expect(await contentChecksum(executor)).toEqual(one);
  });

  it('give the counts and statuses of one document a transaction, a document twice unchanged', async () => {
    const one = await ingest({ documents: 1, rows: 0 });
    const many = await ingest({ documents: 50, rows: 100_000 });
    expect(one.summary).toMatchObject({ new: 6, replaced: 1, unchanged: 2, failed: [] });
    expect(many.checksum).toEqual(one.checksum);
    const { seconds: _a, ...oneSummary } = one.summary;
    const { seconds: _b, ...manySummary } = many.summary;
    expect({ ...manySummary, counts: { ...manySummary.counts, propertiesSet: 0 } }).toEqual({ ...oneSummary, counts: { ...oneSummary.counts, propertiesSet: 0 } });
    expect(await orphans(executor)).toEqual([]);
  });

  it('fold every document into the shared nodes and edges', async () => {
    const [slogan] = await executor.read<{ aliases: string[]; origin: string }>(`MATCH (s:Slogan {id: '萧山智造'}) RETURN s.aliases AS aliases, s.origin AS origin`);
    expect(slogan).toEqual({ aliases: ['智造萧山', '萧山制造'], origin: 'city' });
    const [adopts] = await executor.read<{ documents: string[]; years: number[] }>(`MATCH (:Place {name: '萧山区'})-[a:ADOPTS]->(:Slogan {id: '萧山智造'}) RETURN a.documents AS documents, a.years AS years`);
    expect(adopts).toEqual({ documents: [district2021.doc.id, district2022.doc.id].sort(), years: [2021, 2022] });
    const [part] = await executor.read<{ documents: string[]; reviewed: string[] }>(`MATCH (:Slogan {id: '三个全域'})-[h:HAS_PART]->(:Slogan {id: '全域美丽'}) RETURN h.documents AS documents, h.reviewed AS reviewed`);
    expect(part.reviewed).toEqual([district2021.doc.id, district2022.doc.id].sort());
    expect(part.documents).toEqual(expect.arrayContaining(part.reviewed));
    // the 2021 target met by the 2022 result, paired once though the result came in a batch
    const results = await executor.read<{ target: string; result: string }>(`MATCH (t:Outcome)-[:HAS_RESULT]->(x:Outcome) RETURN t.text AS target, x.text AS result`);
    expect(results).toEqual([{ target: '力争新增就业岗位500个', result: '全年新增就业岗位520个' }]);
  });
});

describe('a batch with a document that cannot be written', () => {
  it('writes the others and fails that one alone, with the reason', async () => {
    await wipeGraph(executor);
    // an Outcome already holding the id one document's outcome needs: its batch fails on commit
    await executor.write('CREATE (:Outcome {id: $id})', { id: district2022.outcomes[0].id });
    const summary = await ingestDocuments(stream(itemsOf([district2021, district2022, streetNew])), executor, { batch: { documents: 50, rows: 100_000 } });
    expect(summary).toMatchObject({ new: 2, failed: [{ file: 'hand/xs-2022', reason: expect.stringMatching(/^write failed: /) }] });
    const docs = await executor.read<{ key: string }>('MATCH (d:Document) RETURN d.sourceKey AS key ORDER BY key');
    expect(docs.map((d) => d.key)).toEqual(['hand/wy', 'hand/xs-2021']);
  });
});
