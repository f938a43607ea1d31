// Writers racing on one document or one source: each document is written once, a source keeps
// exactly one current version, nobody gets a database error, and no lock is left behind. Writers of
// one body's reports pair its targets and results in turn.
import { Neo4jExecutor, buildDocumentRows, loadGazetteer, writeDocument } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { orphans, wipeGraph } from './support/graph-state';
import { HandDocument, handExtraction } from './support/hand-extraction';

const gazetteer = loadGazetteer();
const XIAOSHAN = { district: '萧山区', city: '杭州市', province: '浙江省' };
const RACERS = 8;
let executor: Neo4jExecutor;

const version = (n: number): HandDocument => ({
  text: `区委提出“一心四区”战略，打造“萧山智造”品牌。第${n}稿：力争新增就业岗位${500 + n}个。`,
  year: 2021,
  subject: XIAOSHAN,
  slogans: [{ name: '一心四区' }, { name: '萧山智造' }],
});

const write = (doc: HandDocument, sourceKey: string) =>
  writeDocument(executor, buildDocumentRows(handExtraction(doc), { sourceKey, gazetteer }));

const statuses = (results: { status: string }[]) => results.map((r) => r.status).sort();

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
}, 60_000);

afterAll(() => executor?.close());

it(`${RACERS} concurrent writes of one document: one new, the others unchanged`, async () => {
  const results = await Promise.all(Array.from({ length: RACERS }, () => write(version(0), 'race/same')));
  expect(statuses(results)).toEqual(['new', ...Array(RACERS - 1).fill('unchanged')]);
});

it(`${RACERS} concurrent writes of one text under different sources: one new, the others unchanged`, async () => {
  const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => write(version(100), `race/copy-${i}`)));
  expect(statuses(results)).toEqual(['new', ...Array(RACERS - 1).fill('unchanged')]);
});

it(`${RACERS} concurrent versions of one source: exactly one current document for the source`, async () => {
  const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => write(version(i + 1), 'race/versions')));
  expect(statuses(results)).toEqual(['new', ...Array(RACERS - 1).fill('replaced')]);
  const [row] = await executor.read<{ n: number }>('MATCH (d:Document {sourceKey: $key}) RETURN count(d) AS n', { key: 'race/versions' });
  expect(row.n).toBe(1);
  expect(await orphans(executor)).toEqual([]);
});

it(`${RACERS} concurrent reports of one body, each a year's target and result: every target met by a later result`, async () => {
  const years = Array.from({ length: RACERS }, (_, i) => 2016 + i);
  const report = (year: number): HandDocument => ({
    text: `力争青禾指数达到${year}点，全年青禾指数${year - 1}点。`,
    year,
    subject: XIAOSHAN,
    outcomes: [
      { value: year, unit: '点', status: 'target', metric: '青禾指数', text: `力争青禾指数达到${year}点`, project: null },
      { value: year - 1, unit: '点', status: 'achieved', metric: '青禾指数', text: `全年青禾指数${year - 1}点`, project: null },
    ],
  });
  await Promise.all(years.map((year) => write(report(year), `race/report-${year}`)));
  const pairs = await executor.read<{ target: number; result: number }>(
    `MATCH (t:Outcome)-[:HAS_RESULT]->(x:Outcome) WHERE t.metric = '青禾指数' RETURN t.value AS target, x.value + 1 AS result ORDER BY target, result`,
  );
  const expected = years.flatMap((a) => years.filter((b) => a < b && b <= a + 5).map((b) => ({ target: a, result: b })));
  expect(pairs).toEqual(expected);
});

it('leaves no lock nodes', async () => {
  const [row] = await executor.read<{ n: number }>('MATCH (l:SourceLock) RETURN count(l) AS n');
  expect(row.n).toBe(0);
});
