// The writer on hand-made extractions: replacement without orphans, whole-or-nothing documents,
// and the saved queries whose cases the seeds do not contain.
import { join } from 'node:path';
import { Neo4jExecutor, buildDocumentRows, deleteDocuments, loadGazetteer, readMigrations, writeDocument, writeDocuments } from '@policy-graph/graph';
import { repoRoot } from '@policy-graph/model';
import { connectTestExecutor } from '../support/executor';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { HandDocument, handExtraction } from './support/hand-extraction';
import { savedQuery } from './support/saved';

const XIAOSHAN = { district: '萧山区', city: '杭州市', province: '浙江省' };
const gazetteer = loadGazetteer();
let executor: Neo4jExecutor;

function write(doc: HandDocument, sourceKey: string) {
  return writeDocument(executor, buildDocumentRows(handExtraction(doc), { sourceKey, gazetteer }));
}

const district2021: HandDocument = {
  text: '区委提出“一心四区”战略，打造“萧山智造”品牌。力争新增就业岗位500个。',
  year: 2021,
  subject: XIAOSHAN,
  slogans: [{ name: '一心四区', origin: 'district' }, { name: '萧山智造' }],
  outcomes: [{ value: 500, unit: '个', status: 'target', metric: '新增就业岗位', text: '力争新增就业岗位500个', project: null }],
};
const district2022: HandDocument = {
  text: '深化“萧山智造”，推进“数字萧山”。全年新增就业岗位520个。',
  year: 2022,
  subject: XIAOSHAN,
  slogans: [{ name: '萧山智造' }, { name: '数字萧山' }],
  outcomes: [{ value: 520, unit: '个', status: 'achieved', metric: '新增就业岗位', text: '全年新增就业岗位520个', project: null }],
};
const street2022: HandDocument = {
  text: '闻堰街道落实“一心四区”，建设湘湖智造园，助力“萧山智造”。',
  year: 2022,
  subject: { ...XIAOSHAN, street: '闻堰街道' },
  slogans: [{ name: '一心四区' }, { name: '萧山智造' }],
  projects: ['湘湖智造园'],
  fulfils: [['湘湖智造园', '萧山智造']],
};

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
}, 60_000);

afterAll(() => executor?.close());

describe('queries on a district and its street', () => {
  beforeAll(async () => {
    for (const [doc, key] of [[district2021, 'hand/xs-2021'], [district2022, 'hand/xs-2022'], [street2022, 'hand/wy-2022']] as const) await write(doc, key);
  });

  it('launch: 萧山区 launched 一心四区 and 萧山智造, taken up by 闻堰街道', async () => {
    const rows = await savedQuery(executor, 'launch/list-launched-slogans', { place: '萧山区' });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slogan: '一心四区', launchedYear: 2021, origin: 'district', takenUpBy: [{ place: '闻堰街道', firstYear: 2022 }] }),
        expect.objectContaining({ slogan: '萧山智造', launchedYear: 2021, takenUpBy: [{ place: '闻堰街道', firstYear: 2022 }] }),
      ]),
    );
  });

  it('targets: the 2021 target of 500 jobs is reported achieved in 2022', async () => {
    const rows = await savedQuery(executor, 'outcomes/match-achieved-targets', { place: '萧山区' });
    expect(rows).toEqual([
      expect.objectContaining({ body: '萧山区', metric: '新增就业岗位', targetYear: 2021, targetValue: 500, achievedYear: 2022, achievedValue: 520, baseUnit: '个', met: true }),
    ]);
  });

  it('compare: 2022 against 2021 is new, continued and dropped', async () => {
    const rows = await savedQuery(executor, 'compare/compare-body-years', { place: '萧山区', year: 2022, previousYear: 2021 });
    expect(rows).toEqual([
      { slogan: '萧山智造', status: 'continued' },
      { slogan: '一心四区', status: 'dropped' },
      { slogan: '数字萧山', status: 'new' },
    ]);
  });
});

describe('targets matched with results by metric', () => {
  const YUHANG = { district: '余杭区', city: '杭州市', province: '浙江省' };
  const report = (year: number, outcomes: Array<[string, number, string]>, status: 'target' | 'achieved'): HandDocument => {
    const stated = outcomes.map(([metric, value, unit]) => `${status === 'target' ? '力争' : '全年'}${metric}${value}${unit}`);
    return {
      text: `${stated.join('，')}。`,
      year,
      subject: YUHANG,
      outcomes: outcomes.map(([metric, value, unit], i) => ({ value, unit, status, metric, text: stated[i], project: null })),
    };
  };

  const docs: Array<[HandDocument, string]> = [
    [report(2018, [['新增城镇就业人数', 5, '万人'], ['研发投入', 3, '%'], ['绿道', 100, '公里'], ['新建学校', 10, '所']], 'target'), 'hand/yh-2018'],
    [report(2020, [['就业人数', 6, '万人'], ['全社会研发投入强度', 3.2, '%'], ['绿道', 80, '千米'], ['新建学校', 12, '个']], 'achieved'), 'hand/yh-2020'],
    [report(2023, [['绿道', 110, '公里']], 'achieved'), 'hand/yh-2023'],
    [report(2024, [['绿道', 120, '公里']], 'achieved'), 'hand/yh-2024'],
  ];
  const rowsOf = ([doc, key]: [HandDocument, string]) => buildDocumentRows(handExtraction(doc), { sourceKey: key, gazetteer });
  const answer = () => savedQuery(executor, 'outcomes/match-achieved-targets', { place: '余杭区' });
  const removeAll = () => deleteDocuments(executor, docs.map((d) => rowsOf(d).doc.id));

  beforeAll(async () => {
    for (const [doc, key] of docs) await write(doc, key);
  });

  it('pairs a metric inside the other either way, in the same unit family, within five years', async () => {
    const rows = await savedQuery(executor, 'outcomes/match-achieved-targets', { place: '余杭区' });
    const pairs = rows.map((r) => [r.metric, r.targetYear, r.achievedYear, r.targetValue, r.achievedValue, r.baseUnit, r.met]);
    expect(pairs.sort()).toEqual(
      [
        // the result's metric inside the target's, and the target's inside the result's
        ['新增城镇就业人数', 2018, 2020, 50000, 60000, '人', true],
        ['研发投入', 2018, 2020, 3, 3.2, '%', true],
        // 公里 and 千米 are one unit; 2023 is within five years of 2018, 2024 is not
        ['绿道', 2018, 2020, 100, 80, '千米', false],
        ['绿道', 2018, 2023, 100, 110, '千米', true],
        // 所 and 个 are not one unit: the schools are not paired
      ].sort(),
    );
  });

  it('gives the same answer whichever report is written first, one a transaction or all in one', async () => {
    const inOrder = await answer();
    expect(inOrder).toHaveLength(4);
    await removeAll();
    expect(await answer()).toEqual([]);
    for (const d of [...docs].reverse()) await writeDocument(executor, rowsOf(d));
    expect(await answer()).toEqual(inOrder);
    await removeAll();
    await writeDocuments(executor, [...docs].reverse().map(rowsOf));
    expect(await answer()).toEqual(inOrder);
    await removeAll();
    await writeDocuments(executor, docs.slice(0, 2).map(rowsOf));
    await writeDocuments(executor, docs.slice(2).map(rowsOf));
    expect(await answer()).toEqual(inOrder);
  });

  it('pairs a report written again anew: a result it no longer gives leaves the answer', async () => {
    const inOrder = await answer();
    const [, key] = docs[1];
    await write(report(2020, [['就业人数', 6, '万人'], ['绿道', 80, '千米'], ['新建学校', 12, '个']], 'achieved'), key);
    expect(await answer()).toEqual(inOrder.filter((r) => r.metric !== '研发投入'));
    expect(await orphans(executor)).toEqual([]);
    await write(...docs[1]);
    expect(await answer()).toEqual(inOrder);
  });

  it('gets the same pairs from the migration for reports written before they were paired, once', async () => {
    const inOrder = await answer();
    const [migration] = readMigrations(join(repoRoot(__dirname), 'graph', 'schema')).filter((m) => m.name === 'target_results');
    await executor.write('MATCH (:Outcome)-[r:HAS_RESULT]->(:Outcome) DELETE r');
    expect(await answer()).toEqual([]);
    for (let i = 0; i < 2; i++) for (const statement of migration.statements) await executor.write(statement);
    expect(await answer()).toEqual(inOrder);
    const [{ n }] = await executor.read<{ n: number }>('MATCH (:Outcome)-[r:HAS_RESULT]->(:Outcome) RETURN count(r) AS n');
    // 余杭区's four and 萧山区's one
    expect(n).toBe(5);
  });
});

describe('a changed version of a source', () => {
  it('replaces its facts and leaves the graph of its current version, with no orphans', async () => {
    const current: HandDocument = { ...street2022, text: `${street2022.text}（修订）` };
    const old: HandDocument = { ...street2022, slogans: [...(street2022.slogans ?? []), { name: '旧口号' }], text: `${street2022.text}另提“旧口号”。`, projects: ['湘湖智造园', '旧项目'], fulfils: [['旧项目', '旧口号']] };
    await wipeGraph(executor);
    await write(current, 'hand/wy');
    const clean = await contentChecksum(executor);
    await wipeGraph(executor);
    expect((await write(old, 'hand/wy')).status).toBe('new');
    expect((await write(current, 'hand/wy')).status).toBe('replaced');
    expect(await orphans(executor)).toEqual([]);
    expect(await executor.read(`MATCH (n) WHERE n.name IN ['旧口号', '旧项目'] RETURN n`)).toEqual([]);
    expect(await contentChecksum(executor)).toEqual(clean);
  });
});

describe('a document that fails while being written', () => {
  it('leaves nothing of itself behind', async () => {
    await wipeGraph(executor);
    const rows = buildDocumentRows(handExtraction(district2021), { sourceKey: 'hand/bad', gazetteer });
    // an Outcome already holding the id this document's outcome needs: the last statement fails
    await executor.write('CREATE (:Outcome {id: $id})', { id: rows.outcomes[0].id });
    const before = await contentChecksum(executor);
    await expect(writeDocument(executor, rows)).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
    expect(await contentChecksum(executor)).toEqual(before);
    expect(await executor.read('MATCH (d:Document) RETURN d')).toEqual([]);
  });
});
