import type { AdoptionRow } from './diffusion.queries';

type Body = AdoptionRow['body'];

export interface DiffusionYearRow {
  year: number;
  adopters: Body[];
  newAdopters: Body[];
  cumulative: number;
}

export interface SpreadEdgeRow {
  from: Body;
  to: Body;
  fromYear: number;
  toYear: number;
  kind: 'hierarchy' | 'neighbour' | 'sibling';
}

// Per year: bodies using the slogan, bodies using it for the first time, running total.
export function yearSeries(rows: AdoptionRow[]): DiffusionYearRow[] {
  const years = [...new Set(rows.flatMap((r) => r.years))].sort((a, b) => a - b);
  const seen = new Set<string>();
  return years.map((year) => {
    const adopters = rows.filter((r) => r.years.includes(year)).map((r) => r.body);
    const newAdopters = rows.filter((r) => r.firstYear === year && !seen.has(r.body.id)).map((r) => r.body);
    newAdopters.forEach((b) => seen.add(b.id));
    return { year, adopters, newAdopters, cumulative: seen.size };
  });
}

const parentAt = (r: AdoptionRow) =>
  r.ancestors.find((a) => a.depth === 1 && (r.firstYear === null || ((a.since ?? -Infinity) <= r.firstYear && (a.until ?? Infinity) >= r.firstYear))) ??
  r.ancestors.find((a) => a.depth === 1);

/** Levels whose bodies have NEIGHBOURS (boundary data): their spread along borders comes from the graph. */
export const BORDER_LEVELS = ['province', 'city', 'district'];

// hierarchy: an ancestor adopted strictly earlier; sibling: for streets, which have no boundaries,
// the earliest body under the same parent adopted strictly earlier. Neighbour edges (NEIGHBOURS)
// are read from the graph (diffusion.queries.ts).
type Dated = AdoptionRow & { firstYear: number };

export function spreadEdges(rows: AdoptionRow[]): SpreadEdgeRow[] {
  const dated = rows.filter((r): r is Dated => r.firstYear !== null);
  const byId = new Map(dated.map((r) => [r.body.id, r]));
  const edges: SpreadEdgeRow[] = [];
  for (const lower of dated) {
    for (const anc of lower.ancestors) {
      const higher = byId.get(anc.id);
      if (higher && higher.firstYear < lower.firstYear) {
        edges.push({ from: higher.body, to: lower.body, fromYear: higher.firstYear, toYear: lower.firstYear, kind: 'hierarchy' });
      }
    }
  }
  const groups = new Map<string, Dated[]>();
  for (const r of dated.filter((d) => !BORDER_LEVELS.includes(d.level ?? ''))) {
    const parent = parentAt(r);
    if (parent) groups.set(parent.id, [...(groups.get(parent.id) ?? []), r]);
  }
  for (const siblings of groups.values()) {
    const leader = siblings.reduce((a, b) => (b.firstYear < a.firstYear ? b : a));
    for (const later of siblings.filter((s) => s.firstYear > leader.firstYear)) {
      edges.push({ from: leader.body, to: later.body, fromYear: leader.firstYear, toYear: later.firstYear, kind: 'sibling' });
    }
  }
  return edges;
}
