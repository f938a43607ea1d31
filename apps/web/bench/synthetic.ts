// Synthetic neighbourhoods shaped like the real graph: a few slogan hubs, many streets, projects and outcomes.
export interface SyntheticElement {
  data: Record<string, unknown> & { id: string };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** About `total` elements: 40% nodes, 60% edges, hub-heavy like slogan adoption. */
export function syntheticGraph(total: number, seed = 7): SyntheticElement[] {
  const rand = rng(seed);
  const nodeCount = Math.round(total * 0.4);
  const edgeCount = total - nodeCount;
  const hubs = Math.max(3, Math.round(nodeCount * 0.02));
  const nodes: SyntheticElement[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = i < hubs ? 'Slogan' : i % 3 === 0 ? 'Project' : i % 7 === 0 ? 'Outcome' : 'Place';
    nodes.push({ data: { id: `n${i}`, label: `${kind === 'Place' ? '街道' : kind === 'Slogan' ? '全域' : '项目'}${i}`, type: kind, level: kind === 'Place' ? 'street' : null, years: [2015 + (i % 10)] } });
  }
  const edges: SyntheticElement[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const source = hubs + Math.floor(rand() * (nodeCount - hubs));
    const toHub = rand() < 0.6;
    const target = toHub ? Math.floor(rand() * hubs) : hubs + Math.floor(rand() * (nodeCount - hubs));
    if (source === target) continue;
    edges.push({ data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, type: toHub ? 'ADOPTS' : 'RUNS' } });
  }
  return [...nodes, ...edges];
}
