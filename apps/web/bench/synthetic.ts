// Synthetic neighbourhoods shaped like the real graph: districts under a city, streets in districts,
// projects run by streets, outcomes of projects, documents on places, and a few slogan hubs.
export interface SyntheticElement {
  data: Record<string, unknown> & { id: string };
}

export const DISTRICTS = ['临平区', '余杭区', '萧山区', '西湖区', '上城区', '拱墅区', '滨江区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

type Kind = 'street' | 'project' | 'outcome' | 'document';
const SHARES: [Kind, number][] = [['street', 0.35], ['project', 0.35], ['outcome', 0.18], ['document', 0.12]];

function node(id: string, label: string, type: string, extra: Record<string, unknown> = {}): SyntheticElement {
  return { data: { id, label, type, ...extra } };
}

/** About `total` elements: 40% nodes, 60% edges, hub-heavy like slogan adoption. */
export function syntheticGraph(total: number, seed = 7): SyntheticElement[] {
  const rand = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const nodeCount = Math.round(total * 0.4);
  const nodes: SyntheticElement[] = [node('c:杭州市', '杭州市', 'Place', { level: 'city' })];
  const edges: SyntheticElement[] = [];
  const edge = (source: string, target: string, type: string, extra: Record<string, unknown> = {}) =>
    edges.push({ data: { id: `e${edges.length}`, source, target, type, ...extra } });
  const districts = DISTRICTS.map((name, i) => node(`d${i}`, name, 'Place', { level: 'district' }));
  districts.forEach((d) => (nodes.push(d), edge(d.data.id, 'c:杭州市', 'PART_OF')));
  const slogans = Array.from({ length: Math.max(3, Math.round(nodeCount * 0.01)) }, (_, i) => node(`s${i}`, `全域${i}`, 'Slogan'));
  nodes.push(...slogans);
  const of: Record<Kind, SyntheticElement[]> = { street: [], project: [], outcome: [], document: [] };
  const rest = Math.max(0, nodeCount - nodes.length);
  for (const [kind, share] of SHARES) {
    for (let i = 0; i < Math.round(rest * share); i++) {
      const year = 2015 + Math.floor(rand() * 10);
      let n: SyntheticElement;
      if (kind === 'street') n = node(`st${i}`, `街道${i}`, 'Place', { level: 'street', years: [year] });
      else if (kind === 'project') n = node(`${pick(of.street).data.id}|项目${i}`, `项目${i}`, 'Project', { years: [year] });
      else if (kind === 'outcome') n = node(`o${i}`, `成果${i}`, 'Outcome', { year });
      else n = node(`doc${i}`, `报告${i}`, 'Document', { year });
      of[kind].push(n);
    }
  }
  nodes.push(...of.street, ...of.project, ...of.outcome, ...of.document);
  of.street.forEach((s) => edge(s.data.id, pick(districts).data.id, 'PART_OF'));
  of.project.forEach((p) => edge(p.data.id.split('|')[0], p.data.id, 'RUNS'));
  of.outcome.forEach((o) => of.project.length && edge(pick(of.project).data.id, o.data.id, 'HAS_OUTCOME'));
  of.document.forEach((d) => edge(d.data.id, pick([...districts, ...of.street.slice(0, 50)]).data.id, 'REPORTS_ON'));
  const budget = Math.max(0, total - nodes.length - edges.length);
  for (let i = 0; i < budget; i++) {
    const r = rand();
    if (r < 0.6 && of.street.length) edge(pick(of.street).data.id, pick(slogans).data.id, 'ADOPTS', { years: [2015 + Math.floor(rand() * 10)] });
    else if (r < 0.85 && of.project.length) edge(pick(of.project).data.id, pick(slogans).data.id, 'FULFILS');
    else if (of.document.length) edge(pick(of.document).data.id, pick(slogans).data.id, 'MENTIONS');
  }
  return [...nodes, ...edges];
}
