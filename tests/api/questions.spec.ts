// The questions users ask, answered over real HTTP by `kg serve` on the seeds graph.
import { gql, gqlData } from './support/gql';
import { seedsApi } from './support/serve';

const api = seedsApi();

interface Adopter {
  body: { name: string; level: string };
  district: string | null;
  province: string | null;
  years: number[];
  firstYear: number;
}

// the headline the seed's newspaper page gives its article
const TITLE = '聚焦“三个全域” 实施36项专项 开展管理提升 实现“四个一批”';

describe('slogans', () => {
  it('tells who adopted 全域美丽, when, and in which district and province', async () => {
    const data = await gqlData<{ slogan: { adopters: { totalCount: number; nodes: Adopter[] } } }>(
      api.url,
      `{ slogan(name: "全域美丽") { adopters(first: 50) { totalCount nodes { body { name level } district province years firstYear } } } }`,
    );
    const adopters = data.slogan.adopters.nodes;
    expect(adopters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ body: { name: '星桥街道', level: 'street' }, firstYear: 2019, district: '余杭区', province: '浙江省' }),
        expect.objectContaining({ body: { name: '新街街道', level: 'street' }, firstYear: 2024, district: '萧山区', province: '浙江省' }),
      ]),
    );
    expect(adopters.map((a) => a.firstYear)).toEqual([...adopters.map((a) => a.firstYear)].sort());
  });

  it('lists the projects that fulfil 全域创新, 星动巴士 among them with its sentence', async () => {
    const data = await gqlData<{ slogan: { projects: { nodes: Array<{ project: { name: string; bodyName: string }; evidence: string; confidence: number; documentId: string }> } } }>(
      api.url,
      `{ slogan(name: "全域创新") { projects(first: 100) { nodes { project { name bodyName } evidence confidence documentId } } } }`,
    );
    const bus = data.slogan.projects.nodes.find((f) => f.project.name === '星动巴士');
    expect(bus).toBeDefined();
    expect(bus?.project.bodyName).toBe('星桥街道');
    expect(bus?.evidence).toContain('星动巴士');
    expect(bus?.evidence).toContain('全域创新');
    expect(bus?.confidence).toBeGreaterThan(0);
    expect(bus?.confidence).toBeLessThanOrEqual(1);
    expect(bus?.documentId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the parts of 三个全域 in order, and each part knows its whole', async () => {
    const data = await gqlData<{ slogan: { kind: string; parts: Array<{ name: string; partOf: Array<{ name: string }> }> } }>(
      api.url,
      `{ slogan(name: "三个全域") { kind parts { name partOf { name } } } }`,
    );
    expect(data.slogan.parts.map((p) => p.name)).toEqual(['全域创新', '全域美丽', '全域治理']);
    for (const part of data.slogan.parts) expect(part.partOf.map((w) => w.name)).toContain('三个全域');
  });

  it('accepts a traditional name and answers NOT_FOUND with a hint for an unknown one', async () => {
    const data = await gqlData<{ slogan: { name: string } }>(api.url, `{ slogan(name: "全域美麗") { name } }`);
    expect(data.slogan.name).toBe('全域美丽');
    const missing = await gql(api.url, `{ slogan(name: "不存在的口号") { name } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toContain('search(text:');
  });

  it('pages adopters with opaque cursors', async () => {
    const query = `query($after: String) { slogan(name: "全域美丽") { adopters(first: 1, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } nodes { body { name } } } } }`;
    type Page = { slogan: { adopters: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: Array<{ body: { name: string } }> } } };
    const first = (await gqlData<Page>(api.url, query)).slogan.adopters;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(first.totalCount > 1);
    const second = (await gqlData<Page>(api.url, query, { after: first.pageInfo.endCursor })).slogan.adopters;
    expect(second.nodes[0].body.name).not.toBe(first.nodes[0].body.name);
    const bad = await gql(api.url, query, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bodies', () => {
  it("reports 星桥街道's outcomes for 2019, achieved and targets apart", async () => {
    type Outcome = { text: string; value: number; unit: string; status: string; year: number };
    const data = await gqlData<{ body: { outcomes: { nodes: Outcome[] }; achieved: { totalCount: number }; outcomeCounts: Record<string, number> } }>(
      api.url,
      `{ body(name: "星桥街道") {
          outcomes(year: 2019, first: 200) { nodes { text value unit status year } }
          achieved: outcomes(year: 2019, status: achieved, first: 1) { totalCount }
          outcomeCounts { achieved target inProgress input } } }`,
    );
    const outcomes = data.body.outcomes.nodes;
    expect(outcomes.every((o) => o.year === 2019)).toBe(true);
    expect(outcomes).toEqual(expect.arrayContaining([expect.objectContaining({ value: 7000, unit: '吨', status: 'achieved' })]));
    expect(outcomes.find((o) => o.value === 7000)?.text).toContain('垃圾减量');
    expect(data.body.achieved.totalCount).toBe(outcomes.filter((o) => o.status === 'achieved').length);
    expect(data.body.outcomeCounts.achieved).toBeGreaterThan(0);
    expect(data.body.outcomeCounts.target).toBeGreaterThan(0);
  });

  it('places 星桥街道 in the hierarchy with the 2021 move from 余杭区 to 临平区', async () => {
    type Link = { parent: { name: string; level: string }; depth: number; since: number | null; until: number | null };
    const data = await gqlData<{ body: { code: string; parents: Link[]; slogansByYear: Array<{ year: number; slogans: Array<{ name: string }> }> } }>(
      api.url,
      `{ body(code: "330113004") { code parents { parent { name level } depth since until } slogansByYear { year slogans { name } } } }`,
    );
    const direct = data.body.parents.filter((p) => p.depth === 1);
    expect(direct).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ parent: { name: '余杭区', level: 'district' }, until: 2020 }),
        expect.objectContaining({ parent: { name: '临平区', level: 'district' }, since: 2021 }),
      ]),
    );
    expect(data.body.parents.filter((p) => p.parent.name === '杭州市')).toHaveLength(1);
    const in2019 = data.body.slogansByYear.find((y) => y.year === 2019);
    expect(in2019?.slogans.map((s) => s.name)).toEqual(expect.arrayContaining(['三个全域', '全域美丽']));
  });

  it('compares two years of a body: what is new, continued and dropped', async () => {
    type Change = { new: string[]; continued: string[]; dropped: string[] };
    const data = await gqlData<{ compare: { slogans: Change; projects: Change } }>(
      api.url,
      `{ compare(body: "星桥街道", yearA: 2019, yearB: 2030) { slogans { new continued dropped } projects { new continued dropped } } }`,
    );
    expect(data.compare.slogans.dropped).toEqual(expect.arrayContaining(['三个全域', '全域美丽']));
    expect(data.compare.slogans.new).toEqual([]);
    expect(data.compare.projects.dropped).toContain('星动巴士');
  });
});

describe('search', () => {
  const search = async (text: string) =>
    (await gqlData<{ search: Array<{ name: string; type: string; matchedOn: string; context: string }> }>(
      api.url,
      `query($text: String!) { search(text: $text, limit: 10) { name type matchedOn context } }`,
      { text },
    )).search;

  it('finds 全域美丽 by its initials qyml and by its pinyin', async () => {
    const byInitials = await search('qyml');
    expect(byInitials[0]).toEqual(expect.objectContaining({ name: '全域美丽', type: 'Slogan', matchedOn: 'initials' }));
    expect(byInitials[0].context).toMatch(/adopter/);
    expect((await search('quanyumeili'))[0].name).toBe('全域美丽');
  });

  it('finds 萧滨一体化 from traditional 蕭濱一體化 and from its initials', async () => {
    expect((await search('蕭濱一體化'))[0]).toEqual(expect.objectContaining({ name: '萧滨一体化', type: 'Slogan' }));
    expect((await search('xbyth'))[0].name).toBe('萧滨一体化');
  });

  it('filters by type and gives each hit a context line', async () => {
    const res = await gqlData<{ search: Array<{ name: string; type: string; context: string }> }>(
      api.url,
      `{ search(text: "星动巴士", types: [Project]) { name type context } }`,
    );
    expect(res.search[0]).toEqual({ name: '星动巴士', type: 'Project', context: expect.stringContaining('星桥街道') });
    expect(res.search.every((h) => h.type === 'Project')).toBe(true);
  });
});

describe('outcomes and documents', () => {
  it('search finds 实现垃圾减量7000吨 by 垃圾减量 and 7000吨, and the report of 星桥街道 by its title', async () => {
    const search = async (text: string) =>
      (await gqlData<{ search: Array<{ name: string; type: string; facts: { status: string | null; year: number | null; subject: string | null } }> }>(
        api.url,
        `query($text: String!) { search(text: $text) { name type facts { status year subject } } }`,
        { text },
      )).search;
    for (const text of ['垃圾减量', '7000吨']) {
      expect((await search(text))[0]).toEqual({ name: '实现垃圾减量7000吨', type: 'Outcome', facts: { status: 'achieved', year: 2019, subject: '星桥街道' } });
    }
    expect((await search('36项专项')).map((h) => `${h.type}:${h.name}`)).toContain(`Document:${TITLE}`);
  });

  it('a place’s neighbourhood holds its report and the outcomes in it; a document’s what it mentions', async () => {
    type N = { neighbourhood: { elements: { nodes: Array<{ data: { label: string; type: string } }> } } };
    const around = async (id: string) =>
      (await gqlData<N>(api.url, `query($id: ID!) { neighbourhood(ids: [$id], limit: 200) { elements { nodes { data { label type } } } } }`, { id })).neighbourhood.elements.nodes.map((n) => `${n.data.type}:${n.data.label}`);
    const place = await around('330113004');
    expect(place).toEqual(expect.arrayContaining([`Document:${TITLE}`, 'Outcome:实现垃圾减量7000吨', 'Slogan:全域美丽']));
    const doc = await around('43cef936958c52511f939299333d79a238f7f3d94eb854772ee6c81e7f210046');
    expect(doc).toEqual(expect.arrayContaining(['Place:星桥街道', 'Slogan:三个全域', 'Project:星动巴士', 'Outcome:实现垃圾减量7000吨']));
  });

  it('a body’s outcomes carry their sentence and the document’s title and year', async () => {
    const data = await gqlData<{ body: { outcomes: { nodes: Array<{ text: string; status: string; sentence: string; documentTitle: string; documentYear: number }> } } }>(
      api.url,
      `{ body(name: "星桥街道") { outcomes(first: 100) { nodes { text status sentence documentTitle documentYear } } } }`,
    );
    expect(data.body.outcomes.nodes.find((o) => o.text === '实现垃圾减量7000吨')).toEqual({
      text: '实现垃圾减量7000吨',
      status: 'achieved',
      sentence: '去年以来，星桥街道扎实推进垃圾分类减量工作，实现垃圾减量7000吨，同比减量16.9%，名列全区第一。',
      documentTitle: TITLE,
      documentYear: 2019,
    });
  });

  it('lists the districts and cities with documents, and writes a view as typed GraphML and dynamic GEXF', async () => {
    const places = await gqlData<{ reportingPlaces: Array<{ name: string; level: string }> }>(api.url, `{ reportingPlaces { name level } }`);
    expect(places.reportingPlaces.map((p) => p.name)).toEqual(expect.arrayContaining(['余杭区', '临平区', '萧山区', '杭州市', '深圳市']));
    const file = async (format: string) =>
      (await gqlData<{ viewFile: string }>(api.url, `query($format: ViewFileFormat!) { viewFile(ids: ["330113004", "全域美丽"], format: $format) }`, { format })).viewFile;
    expect(await file('graphml')).toContain('<key id="e_firstYear" for="edge" attr.name="firstYear" attr.type="long"/>');
    expect(await file('gexf')).toMatch(/<edge [^>]*source="330113004" target="全域美丽" label="ADOPTS" start="2019">/);
  });
});

describe('diffusion', () => {
  it('gives each adopter the years it reported at all, to tell "not adopted" from "no report"', async () => {
    const data = await gqlData<{ diffusion: { adopters: Array<{ body: { name: string }; years: number[]; reportYears: number[] }> } }>(
      api.url,
      `{ diffusion(slogan: "全域美丽") { adopters { body { name } years reportYears } } }`,
    );
    expect(data.diffusion.adopters).toEqual(
      expect.arrayContaining([
        { body: { name: '星桥街道' }, years: [2019], reportYears: [2019] },
        { body: { name: '新街街道' }, years: [2024], reportYears: [2024] },
      ]),
    );
  });
});
