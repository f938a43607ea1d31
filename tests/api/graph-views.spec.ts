// Diffusion, tracing, neighbourhoods, documents and saved queries over real HTTP on the seeds graph.
import { gql, gqlData } from './support/gql';
import { seedsApi } from './support/serve';

const api = seedsApi();

it('shows the diffusion of 全域美丽 per year with a running total and its first adopter', async () => {
  type Year = { year: number; newAdopters: Array<{ name: string }>; cumulative: number };
  const data = await gqlData<{ diffusion: { totalAdopters: number; years: Year[]; firstAdopters: Array<{ body: { name: string }; firstYear: number }> } }>(
    api.url,
    `{ diffusion(slogan: "全域美丽", level: street) { totalAdopters years { year newAdopters { name } cumulative } firstAdopters { body { name } firstYear } } }`,
  );
  const d = data.diffusion;
  expect(d.firstAdopters).toEqual([{ body: { name: '星桥街道' }, firstYear: 2019 }]);
  const y2019 = d.years.find((y) => y.year === 2019);
  const y2024 = d.years.find((y) => y.year === 2024);
  expect(y2019?.newAdopters.map((b) => b.name)).toContain('星桥街道');
  expect(y2024?.newAdopters.map((b) => b.name)).toContain('新街街道');
  expect(y2024?.cumulative).toBeGreaterThan(y2019?.cumulative ?? Infinity);
  expect(d.years[d.years.length - 1].cumulative).toBe(d.totalAdopters);
  type Placed = { body: { name: string }; years: number[]; city: string | null; province: string | null };
  const all = await gqlData<{ diffusion: { adopters: Placed[] } }>(api.url, `{ diffusion(slogan: "全域美丽") { adopters { body { name } years city province } } }`);
  expect(all.diffusion.adopters).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ body: { name: '星桥街道' }, city: '杭州市', province: '浙江省' }),
      expect.objectContaining({ body: { name: '新街街道' }, city: '杭州市', province: '浙江省' }),
    ]),
  );
  const narrowed = await gqlData<{ diffusion: { totalAdopters: number; adopters: Array<{ years: number[] }> } }>(
    api.url,
    `{ diffusion(slogan: "全域美丽", from: 2020, to: 2030) { totalAdopters adopters { years } } }`,
  );
  const inRange = all.diffusion.adopters.filter((a) => a.years.some((y) => y >= 2020 && y <= 2030));
  expect(narrowed.diffusion.totalAdopters).toBe(inRange.length);
  expect(narrowed.diffusion.adopters.flatMap((a) => a.years).every((y) => y >= 2020 && y <= 2030)).toBe(true);
  const reversed = await gql(api.url, `{ diffusion(slogan: "全域美丽", from: 2025, to: 2020) { totalAdopters } }`);
  expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it('traces 星动巴士 to 三个全域 with evidence on every edge', async () => {
  type Step = { from: string; to: string; type: string; evidence: Array<{ source: string; text: string }> };
  const data = await gqlData<{ trace: { paths: Array<{ length: number; nodes: Array<{ name: string }>; steps: Step[] }> } }>(
    api.url,
    `{ trace(from: "星动巴士", to: "三个全域") { paths { length nodes { name } steps { from to type reversed evidence { source documentId text start end } } } } }`,
  );
  const paths = data.trace.paths;
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    expect(path.nodes[0].name).toBe('星动巴士');
    expect(path.nodes[path.nodes.length - 1].name).toBe('三个全域');
    for (const step of path.steps) expect(step.evidence[0].text).toBeTruthy();
  }
  const viaSlogan = paths.find((p) => p.nodes.some((n) => n.name === '全域创新'));
  expect(viaSlogan?.steps[0]).toEqual(expect.objectContaining({ type: 'FULFILS' }));
  expect(viaSlogan?.steps[0].evidence[0].text).toContain('星动巴士');
});

it('returns a neighbourhood as Cytoscape elements, capped with a flag and counts', async () => {
  type El = { data: { id: string; label: string; type: string; source?: string; target?: string } };
  const query = `query($limit: Int!) { neighbourhood(ids: ["全域美丽"], depth: 2, limit: $limit) {
    capped counts { nodes edges totalNodes } elements { nodes { data { id label type } } edges { data { id source target type } } } } }`;
  type N = { neighbourhood: { capped: boolean; counts: { nodes: number; edges: number; totalNodes: number }; elements: { nodes: El[]; edges: El[] } } };
  const small = (await gqlData<N>(api.url, query, { limit: 5 })).neighbourhood;
  expect(small.capped).toBe(true);
  expect(small.elements.nodes).toHaveLength(5);
  expect(small.counts).toEqual(expect.objectContaining({ nodes: 5, edges: small.elements.edges.length }));
  expect(small.counts.totalNodes).toBeGreaterThan(5);
  const ids = new Set(small.elements.nodes.map((n) => n.data.id));
  expect(ids.has('全域美丽')).toBe(true);
  for (const e of small.elements.edges) expect(ids.has(e.data.source!) && ids.has(e.data.target!)).toBe(true);
  const large = (await gqlData<N>(api.url, query, { limit: 2000 })).neighbourhood;
  expect(large.capped).toBe(false);
  expect(large.counts.nodes).toBe(large.counts.totalNodes);
  expect(large.elements.nodes.map((n) => n.data.label)).toEqual(expect.arrayContaining(['星桥街道', '三个全域']));
  const tooDeep = await gql(api.url, `{ neighbourhood(ids: ["全域美丽"], depth: 9) { capped } }`);
  expect(tooDeep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooDeep.errors?.[0].message).toContain('depth');
});

it('caps the relationships too, keeping those of the starting node first', async () => {
  type E = { data: { source: string; target: string } };
  const query = `query($edgeLimit: Int) { neighbourhood(ids: ["三个全域"], depth: 2, limit: 2000, edgeLimit: $edgeLimit) {
    capped counts { nodes edges totalNodes totalEdges } elements { edges { data { source target } } } } }`;
  type N = { neighbourhood: { capped: boolean; counts: { nodes: number; edges: number; totalNodes: number; totalEdges: number }; elements: { edges: E[] } } };
  const whole = (await gqlData<N>(api.url, query, { edgeLimit: null })).neighbourhood;
  expect(whole.capped).toBe(false);
  expect(whole.counts.totalEdges).toBe(whole.counts.edges);
  expect(whole.counts.edges).toBeGreaterThan(3);
  const cut = (await gqlData<N>(api.url, query, { edgeLimit: 3 })).neighbourhood;
  expect(cut.capped).toBe(true);
  expect(cut.counts).toEqual({ nodes: whole.counts.nodes, edges: 3, totalNodes: whole.counts.totalNodes, totalEdges: whole.counts.edges });
  for (const e of cut.elements.edges) expect([e.data.source, e.data.target]).toContain('三个全域');
  const tooMany = await gql(api.url, `{ neighbourhood(ids: ["三个全域"], edgeLimit: 50000) { capped } }`);
  expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooMany.errors?.[0].message).toContain('edgeLimit');
});

it('serves a document with its text and every mention as a span into it', async () => {
  const fulfils = await gqlData<{ slogan: { projects: { nodes: Array<{ project: { name: string }; documentId: string }> } } }>(
    api.url,
    `{ slogan(name: "全域创新") { projects(first: 100) { nodes { project { name } documentId } } } }`,
  );
  const docId = fulfils.slogan.projects.nodes.find((f) => f.project.name === '星动巴士')?.documentId;
  type Doc = { document: { id: string; year: number; text: string; subjects: Array<{ name: string }>; mentions: Array<{ name: string; type: string; start: number; end: number }> } };
  const { document } = await gqlData<Doc>(
    api.url,
    `query($id: ID!) { document(id: $id) { id year text subjects { name } mentions { entityId name type start end } } }`,
    { id: docId },
  );
  expect(document.subjects.map((s) => s.name)).toContain('星桥街道');
  const bus = document.mentions.filter((m) => m.name === '星动巴士');
  expect(bus.length).toBeGreaterThan(0);
  for (const m of bus) expect(document.text.slice(m.start, m.end)).toBe('星动巴士');
  const starts = document.mentions.map((m) => m.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  const list = await gqlData<{ documents: { totalCount: number; nodes: Array<{ id: string }> } }>(api.url, `{ documents(body: "星桥街道", first: 50) { totalCount nodes { id } } }`);
  expect(list.documents.nodes.map((d) => d.id)).toContain(docId);
});

it('lists the saved queries and runs one with parameters', async () => {
  const { savedQueries } = await gqlData<{ savedQueries: Array<{ name: string; params: string[]; columns: string[] }> }>(api.url, `{ savedQueries { name params columns } }`);
  const diffusion = savedQueries.find((q) => q.name === 'diffusion/trace-slogan-diffusion');
  expect(diffusion?.params).toEqual(['slogan']);
  const run = await gqlData<{ runSavedQuery: { columns: string[]; rows: unknown[][] } }>(
    api.url,
    `{ runSavedQuery(name: "diffusion/trace-slogan-diffusion", params: {slogan: "全域美丽"}) { columns rows } }`,
  );
  const place = run.runSavedQuery.columns.indexOf('place');
  expect(run.runSavedQuery.rows.map((r) => r[place])).toEqual(expect.arrayContaining(['星桥街道', '新街街道']));
  const unknown = await gql(api.url, `{ runSavedQuery(name: "no/such-query") { rowCount } }`);
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
