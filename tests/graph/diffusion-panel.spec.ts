// The diffusion panel of 最多跑一次 at city level on nine real work reports (浙江 and its neighbours,
// 2016–2019), through the real CLI and the API, checked against what the files say; the Parquet
// read back with DuckDB, a reader that shares no code with the writer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { testNeo4j } from '../support/neo4j-env';
import { gql, gqlData } from '../api/support/gql';
import { serve, WRITE_TOKEN, type ServedApi } from '../api/support/serve';
import { CORPUS_TARBALL } from './support/corpus-subset';
import { wipeGraph } from './support/graph-state';
import { runKgTo } from './support/kg-process';
import { kgIngest } from './support/seeds';

const REPORTS = [
  '政府工作报告-主要城市/杭州市/2017.md',
  '政府工作报告-主要城市/杭州市/2018.md',
  '政府工作报告-主要城市/杭州市/2019.md',
  '政府工作报告-主要城市/宁波市/2017.md',
  '政府工作报告-其他地市/嘉兴市/2019.md',
  '政府工作报告-其他地市/湖州市/2016.md',
  '政府工作报告-其他地市/黄山市/2016.md',
  '政府工作报告-其他地市/宣城市/2016.md',
  '政府工作报告-省自治区/浙江省/2017.md',
];

type Cell = Record<string, string>;

let executor: Neo4jExecutor;
let dir: string;
let api: ServedApi | undefined;

function readCsv(file: string): Cell[] {
  const [head, ...lines] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

const kg = async (args: string[]) => {
  const run = await runKgTo(args, testNeo4j());
  if (run.code !== 0) throw new Error(`kg ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
  return run.stderr;
};

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  dir = mkdtempSync(join(tmpdir(), 'policy-graph-panel-'));
  execFileSync('tar', ['-xJf', CORPUS_TARBALL, '-C', dir, ...REPORTS]);
  const ingested = await kgIngest([dir]);
  expect(ingested).toMatchObject({ new: REPORTS.length, failed: [] });
  await kg(['neighbours', 'load']);
  await kg(['export', '--panel', '最多跑一次', '--level', 'city', '--from', '2016', '--to', '2019', '--out', join(dir, 'panel.csv')]);
  await kg(['export', '--panel', '最多跑一次', '--level', 'city', '--from', '2016', '--to', '2019', '--out', join(dir, 'panel.parquet')]);
  await kg(['export', '--coverage', '--level', 'city', '--from', '2016', '--to', '2019', '--out', join(dir, 'coverage.csv')]);
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await executor?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const row = (rows: Cell[], body: string, year: number) => {
  const found = rows.find((r) => r.body === body && r.year === String(year));
  if (!found) throw new Error(`no row for ${body} ${year}`);
  return found;
};

describe('kg export --panel 最多跑一次 --level city', () => {
  it('has one row per city with a report × year, 2016–2019', () => {
    const rows = readCsv(join(dir, 'panel.csv'));
    const cities = [...new Set(rows.map((r) => r.body))].sort();
    expect(cities).toEqual(['嘉兴市', '宁波市', '宣城市', '杭州市', '湖州市', '黄山市'].sort());
    expect(rows).toHaveLength(cities.length * 4);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['city']));
  });

  it('marks covered exactly the years whose report was ingested', () => {
    const rows = readCsv(join(dir, 'panel.csv'));
    const covered = rows.filter((r) => r.covered === 'true').map((r) => `${r.body}${r.year}`).sort();
    const expected = REPORTS.filter((p) => !p.includes('省自治区')).map((p) => p.split('/').slice(1).join('').replace('.md', '')).sort();
    expect(covered).toEqual(expected);
    // a year without a report is "no document", not "not adopted"
    expect(row(rows, '宁波市', 2018)).toMatchObject({ covered: 'false', uses: 'false', adopted: 'true', first_year: '2017' });
  });

  it('finds 杭州市 and 宁波市 adopting in 2017, 嘉兴市 in 2019, after 浙江省 in 2017', () => {
    const rows = readCsv(join(dir, 'panel.csv'));
    const events = rows.filter((r) => r.event === 'true').map((r) => `${r.body}${r.year}`).sort();
    expect(events).toEqual(['嘉兴市2019', '宁波市2017', '杭州市2017'].sort());
    expect(row(rows, '杭州市', 2019)).toMatchObject({ province: '浙江省', parent: '浙江省', parent_first_year: '2017', years_since_parent: '2', at_risk: 'false' });
    expect(row(rows, '嘉兴市', 2019)).toMatchObject({ at_risk: 'true', event: 'true', years_since_parent: '2' });
    expect(row(rows, '黄山市', 2017)).toMatchObject({ province: '安徽省', parent_first_year: '', years_since_parent: '', first_year: '' });
  });

  it('gives the neighbour share in 2019 as counted by hand', () => {
    // graph/neighbours/neighbours.json, city tier: 嘉兴市 (3304) borders 上海市 31, 苏州市 3205, 杭州市 3301,
    // 宁波市 3302 (across 杭州湾), 湖州市 3305 and 绍兴市 3306. Of these, 杭州, 宁波 and 湖州 have reports
    // here; 杭州 and 宁波 adopted in 2017, before 2019; 湖州 never: 2 of 3.
    const rows = readCsv(join(dir, 'panel.csv'));
    expect(row(rows, '嘉兴市', 2019)).toMatchObject({ neighbours: '6', neighbours_observed: '3', neighbours_adopted: '2' });
    expect(Number(row(rows, '嘉兴市', 2019).neighbour_share)).toBeCloseTo(2 / 3, 10);
    // in 2017 nobody had adopted by the year before
    expect(row(rows, '嘉兴市', 2017)).toMatchObject({ neighbours_adopted: '0', neighbour_share: '0' });
  });

  it('writes coverage as its own CSV, the same years as the panel', () => {
    const coverage = readCsv(join(dir, 'coverage.csv'));
    const panel = readCsv(join(dir, 'panel.csv'));
    expect(coverage.map((r) => [r.body_id, r.year, r.covered, r.documents])).toEqual(panel.map((r) => [r.body_id, r.year, r.covered, r.documents]));
  });

  it('writes Parquet that DuckDB reads with the documented column types and the same rows', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const file = join(dir, 'panel.parquet').replace(/'/g, "''");
    const types = (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS() as { column_name: string; column_type: string }[];
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toEqual({
      body_id: 'VARCHAR', body: 'VARCHAR', level: 'VARCHAR', province: 'VARCHAR', parent_id: 'VARCHAR', parent: 'VARCHAR',
      year: 'INTEGER', covered: 'BOOLEAN', documents: 'INTEGER', uses: 'BOOLEAN', adopted: 'BOOLEAN', event: 'BOOLEAN',
      at_risk: 'BOOLEAN', first_year: 'INTEGER', parent_first_year: 'INTEGER', years_since_parent: 'INTEGER', neighbours: 'INTEGER',
      neighbours_observed: 'INTEGER', neighbours_adopted: 'INTEGER', neighbour_share: 'DOUBLE',
    });
    const read = (await c.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
    const csv = readCsv(join(dir, 'panel.csv'));
    expect(read).toHaveLength(csv.length);
    const jiaxing = read.find((r) => r.body === '嘉兴市' && r.year === 2019);
    expect(jiaxing).toMatchObject({ covered: true, event: true, first_year: 2019, parent_first_year: 2017, neighbours_adopted: 2 });
    expect(jiaxing?.neighbour_share).toBeCloseTo(2 / 3, 10);
    expect(read.find((r) => r.body === '黄山市' && r.year === 2017)).toMatchObject({ first_year: null, years_since_parent: null });
    c.closeSync();
  });
});

describe('the API', () => {
  beforeAll(async () => {
    api = await serve();
  }, 120_000);

  it('answers coverage, diffusionPanel and adoptionCurves as the export does', async () => {
    const data = await gqlData<{
      coverage: { from: number; to: number; bodies: { body: { name: string }; years: number[] }[] };
      diffusionPanel: { bodies: number; rows: { body: string; year: number; neighbourShare: number | null; event: boolean }[] };
      adoptionCurves: { level: string; points: { year: number; bodies: number; atRisk: number; adoptions: number; cumulative: number; hazard: number | null }[] }[];
    }>(
      (api as ServedApi).url,
      `{ coverage(level: city, from: 2016, to: 2019) { from to bodies { body { name } years } }
         diffusionPanel(slogan: "最多跑一次", level: city, from: 2016, to: 2019) { bodies rows { body year neighbourShare event } }
         adoptionCurves(slogans: ["最多跑一次"], levels: [city], from: 2016, to: 2019) { level points { year bodies atRisk adoptions cumulative hazard } } }`,
    );
    expect(data.coverage.bodies.find((b) => b.body.name === '杭州市')?.years).toEqual([2017, 2018, 2019]);
    expect(data.diffusionPanel.bodies).toBe(6);
    expect(data.diffusionPanel.rows.find((r) => r.body === '嘉兴市' && r.year === 2019)?.neighbourShare).toBeCloseTo(2 / 3, 10);
    // 6 cities; 2 adopt in 2017 (of 6 at risk), 嘉兴 in 2019 (of 4 still at risk)
    expect(data.adoptionCurves[0].points).toEqual([
      { year: 2016, bodies: 6, atRisk: 6, adoptions: 0, cumulative: 0, hazard: 0 },
      { year: 2017, bodies: 6, atRisk: 6, adoptions: 2, cumulative: 2, hazard: 2 / 6 },
      { year: 2018, bodies: 6, atRisk: 4, adoptions: 0, cumulative: 2, hazard: 0 },
      { year: 2019, bodies: 6, atRisk: 4, adoptions: 1, cumulative: 3, hazard: 1 / 4 },
    ]);
  });

  it('gives spread along borders: 嘉兴市 (2019) after its neighbours 杭州市 and 宁波市 (2017)', async () => {
    const data = await gqlData<{ neighbourSpread: { from: { name: string }; to: { name: string }; fromYear: number; toYear: number; kind: string }[] }>(
      (api as ServedApi).url,
      `{ neighbourSpread(slogan: "最多跑一次", level: city) { from { name } to { name } fromYear toYear kind } }`,
    );
    expect(data.neighbourSpread).toEqual([
      { from: { name: '杭州市' }, to: { name: '嘉兴市' }, fromYear: 2017, toYear: 2019, kind: 'neighbour' },
      { from: { name: '宁波市' }, to: { name: '嘉兴市' }, fromYear: 2017, toYear: 2019, kind: 'neighbour' },
    ]);
  });

  it('draws the diffusion\'s neighbour edges along borders (NEIGHBOURS), not between all cities of a province', async () => {
    const data = await gqlData<{ diffusion: { spread: { from: { name: string }; to: { name: string }; kind: string }[] } }>(
      (api as ServedApi).url,
      `{ diffusion(slogan: "最多跑一次", level: city) { spread { from { name } to { name } kind } } }`,
    );
    const edges = (kind: string) => data.diffusion.spread.filter((e) => e.kind === kind).map((e) => `${e.from.name}→${e.to.name}`).sort();
    // 嘉兴市 borders both 2017 adopters (杭州湾 for 宁波市): an edge from each, as neighbourSpread gives
    expect(edges('neighbour')).toEqual(['宁波市→嘉兴市', '杭州市→嘉兴市']);
    expect(edges('hierarchy')).toEqual(['浙江省→嘉兴市']);
    expect(edges('sibling')).toEqual([]);
  });

  it('proposes variants of a campaign for review and counts an accepted one only after the decision', async () => {
    const url = (api as ServedApi).url;
    type Item = { variant: string; of: string; reasons: string[]; target: string; evidence: string };
    const queue = async () =>
      (await gqlData<{ reviewQueue: Item[] }>(url, `{ reviewQueue(kind: VARIANT, limit: 100) { variant of reasons target evidence } }`)).reviewQueue;
    // 五气共治 (in the 2017 reports of 宁波市 and 杭州市) say 五水共治 (adopted by 杭州, 宁波, 嘉兴, 浙江) another way
    const proposed = (await queue()).find((i) => i.variant === '五气共治' && i.of === '五水共治');
    expect(proposed).toMatchObject({ target: 'VARIANT_OF:五气共治→五水共治' });
    expect(proposed?.reasons).toContain('one character apart');
    expect(proposed?.evidence).toContain('五气共治');
    const panel = `{ diffusionPanel(slogan: "五水共治", level: city, from: 2016, to: 2019, variants: true) { variants { name } } }`;
    expect((await gqlData<{ diffusionPanel: { variants: unknown[] } }>(url, panel)).diffusionPanel.variants).toEqual([]);
    const accepted = await gql(url, `mutation { correct(input: { kind: ACCEPT_VARIANT, variant: "五气共治", of: "五水共治", reason: "same campaign" }) { target } }`, {}, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ correct: { target: 'VARIANT_OF:五气共治→五水共治' } });
    expect((await queue()).map((i) => i.target)).not.toContain('VARIANT_OF:五气共治→五水共治');
    expect((await gqlData<{ diffusionPanel: { variants: unknown[] } }>(url, panel)).diffusionPanel.variants).toEqual([{ name: '五气共治' }]);
    // never merged: both slogans stay
    const both = await executor.read<{ n: number }>(`MATCH (s:Slogan) WHERE s.id IN ['五气共治', '五水共治'] RETURN count(s) AS n`);
    expect(both[0].n).toBe(2);
  });
});
