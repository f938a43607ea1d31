// The seeds through the real CLI and extractor, then the saved analyst queries with known answers.
import type { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { contentChecksum, orphans, wipeGraph } from './support/graph-state';
import { savedQuery } from './support/saved';
import { IngestJson, SEEDS_DIR, kgIngest } from './support/seeds';

let executor: Neo4jExecutor;
let first: IngestJson;

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  first = await kgIngest([SEEDS_DIR]);
}, 300_000);

afterAll(() => executor?.close());

describe('ingesting the seeds', () => {
  it('writes every seed as a new document', () => {
    expect(first).toMatchObject({ new: 5, unchanged: 0, replaced: 0, failed: [] });
    expect(first.counts.nodesCreated).toBeGreaterThan(100);
  });

  it('is a no-op the second time: same counts and checksum', async () => {
    const before = await contentChecksum(executor);
    const again = await kgIngest([SEEDS_DIR]);
    expect(again).toMatchObject({ new: 0, unchanged: 5, failed: [] });
    expect(again.counts.nodesCreated + again.counts.relationshipsCreated).toBe(0);
    expect(await contentChecksum(executor)).toEqual(before);
  }, 300_000);

  it('leaves no orphans', async () => {
    expect(await orphans(executor)).toEqual([]);
  });
});

describe('entity resolution', () => {
  it('makes 全域美丽 one Slogan with two ADOPTS edges, reachable by its alias', async () => {
    const rows = await executor.read<{ n: number; adopters: string[] }>(
      `MATCH (s:Slogan) WHERE s.name = '全域美丽' OR '全域美丽' IN s.aliases
       OPTIONAL MATCH (p:Place)-[:ADOPTS]->(s)
       RETURN count(DISTINCT s) AS n, collect(p.name) AS adopters`,
    );
    expect(rows[0].n).toBe(1);
    expect(rows[0].adopters.sort()).toEqual(['新街街道', '星桥街道']);
  });

  it('keeps 星桥街道 in 余杭区 until 2020 and in 临平区 since 2021', async () => {
    const rows = await executor.read<{ parent: string; since: number | null; until: number | null }>(
      `MATCH (:Street {name: '星桥街道'})-[m:PART_OF]->(d:District) RETURN d.name AS parent, m.since AS since, m.until AS until ORDER BY parent`,
    );
    expect(rows).toEqual([
      { parent: '临平区', since: 2021, until: null },
      { parent: '余杭区', since: null, until: 2020 },
    ]);
  });

  it('gives 三个全域 its three parts in order', async () => {
    const rows = await executor.read<{ part: string }>(
      `MATCH (:Slogan {name: '三个全域'})-[h:HAS_PART]->(p:Slogan) RETURN p.name AS part ORDER BY h.order`,
    );
    expect(rows.map((r) => r.part)).toEqual(['全域创新', '全域美丽', '全域治理']);
  });

  it('romanises names for search', async () => {
    const [row] = await executor.read(`MATCH (s:Slogan {name: '全域美丽'}) RETURN s.pinyin AS pinyin, s.initials AS initials`);
    expect(row).toEqual({ pinyin: 'quanyumeili', initials: 'qyml' });
  });
});

describe('saved queries on the seeds', () => {
  it('diffusion: 全域美丽 adopted by 星桥街道 in 2019 (first) and 新街街道 in 2024', async () => {
    const rows = await savedQuery(executor, 'diffusion/trace-slogan-diffusion', { slogan: '全域美丽' });
    expect(rows).toEqual([
      expect.objectContaining({ place: '星桥街道', firstYear: 2019, first: true, parent: '余杭区', province: '浙江省' }),
      expect.objectContaining({ place: '新街街道', firstYear: 2024, first: false, parent: '萧山区', province: '浙江省' }),
    ]);
  });

  it('diffusion by year counts one new adopter in 2019 and one in 2024', async () => {
    const rows = await savedQuery(executor, 'diffusion/count-adopters-by-year', { slogan: '全域美丽大花园' });
    expect(rows).toEqual([
      { year: 2019, adopters: 1, newAdopters: 1, provinces: 1, provinceNames: ['浙江省'] },
      { year: 2024, adopters: 1, newAdopters: 1, provinces: 1, provinceNames: ['浙江省'] },
    ]);
  });

  it('fulfilment: 星动巴士 fulfils 全域创新 with the sentence that says so', async () => {
    const rows = await savedQuery<{ project: string; evidence: string; body: string }>(executor, 'fulfilment/list-fulfilling-projects', { slogan: '全域创新' });
    const bus = rows.find((r) => r.project === '星动巴士');
    expect(bus).toMatchObject({ body: '星桥街道' });
    expect(bus?.evidence).toContain('星动巴士');
    expect(bus?.evidence).toContain('全域创新');
  });

  it('fulfilment: the 云尖信息 project fulfils 萧滨一体化', async () => {
    const rows = await savedQuery<{ project: string; body: string }>(executor, 'fulfilment/list-fulfilling-projects', { slogan: '萧滨一体化' });
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ project: expect.stringContaining('云尖信息'), body: '闻堰街道' })]));
  });

  it("body: 星桥街道's slogans of 2019 with their projects and results", async () => {
    const rows = await savedQuery<{ slogan: string; projects: string[]; results: unknown[] }>(executor, 'body/summarize-body-year', { place: '星桥街道', year: 2019 });
    const slogans = rows.map((r) => r.slogan);
    expect(slogans).toEqual(expect.arrayContaining(['三个全域', '全域创新', '全域美丽', '全域治理']));
    expect(rows.find((r) => r.slogan === '全域创新')?.projects).toContain('星动巴士');
    expect(rows.flatMap((r) => r.results).length).toBeGreaterThan(0);
  });

  it('compare: every 2019 slogan of 星桥街道 is new against 2018', async () => {
    const rows = await savedQuery<{ slogan: string; status: string }>(executor, 'compare/compare-body-years', { place: '星桥街道', year: 2019, previousYear: 2018 });
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['new']));
  });
});
