import { ANCESTORS, Ancestor, enclosingAt } from './places';
import { CypherReader, toPlain } from './reader';
import type { AdopterRow } from './slogan.queries';
import { BORDER_LEVELS, spreadEdges, yearSeries, type DiffusionYearRow, type SpreadEdgeRow } from './diffusion.series';

export interface DiffusionFilter {
  level: string | null;
  from: number | null;
  to: number | null;
}

export interface AdoptionRow extends AdopterRow {
  ancestors: Ancestor[];
}

export interface DiffusionRow {
  adopters: AdopterRow[];
  firstAdopters: AdopterRow[];
  years: DiffusionYearRow[];
  spread: SpreadEdgeRow[];
}

async function adoptions(db: CypherReader, sloganId: string): Promise<AdoptionRow[]> {
  const rows = await db.read(
    `MATCH (b:Place)-[a:ADOPTS]->(:Slogan {id: $id})
     RETURN b { .id, .name, .code, .level } AS body, a.years AS years, a.firstYear AS firstYear,
            coalesce(a.documents, []) AS documents, ${ANCESTORS} AS ancestors,
            [y IN COLLECT { MATCH (b)<-[:REPORTS_ON]-(d:Document) WHERE d.year IS NOT NULL RETURN DISTINCT d.year } | y] AS reportYears
     ORDER BY a.firstYear, b.name`,
    { id: sloganId },
  );
  return rows.map((row) => {
    const r = toPlain(row) as Omit<AdoptionRow, 'level' | 'district' | 'city' | 'province'>;
    const places = enclosingAt(r.body, r.ancestors, r.firstYear);
    return { ...r, years: [...(r.years ?? [])].sort((x, y) => x - y), reportYears: [...(r.reportYears ?? [])].sort((x, y) => x - y), level: r.body.level, ...places };
  });
}

// Spread along borders: an adopter of a level with boundaries after a body sharing its border at that
// level (NEIGHBOURS of the adopter's tier, `kg neighbours load`) adopted, one edge from each such neighbour.
const BORDER_SPREAD = `
UNWIND $adopters AS later
MATCH (l:Place {id: later.id})-[:NEIGHBOURS {tier: later.level}]-(e:Place)
WITH later, l, collect(DISTINCT e.id) AS near
UNWIND $adopters AS earlier
WITH later, l, earlier WHERE earlier.id IN near AND earlier.first < later.first
RETURN earlier.id AS from, later.id AS to`;

type Dated = AdoptionRow & { firstYear: number };

async function borderEdges(db: CypherReader, rows: AdoptionRow[]): Promise<SpreadEdgeRow[]> {
  const dated = rows.filter((r): r is Dated => r.firstYear !== null && BORDER_LEVELS.includes(r.level ?? ''));
  if (dated.length < 2) return [];
  const byId = new Map(dated.map((r) => [r.body.id, r]));
  const pairs = await db.read(BORDER_SPREAD, { adopters: dated.map((r) => ({ id: r.body.id, level: r.level, first: r.firstYear })) });
  return pairs
    .map((p) => [byId.get(p.from as string)!, byId.get(p.to as string)!])
    .map(([e, l]) => ({ from: e.body, to: l.body, fromYear: e.firstYear, toYear: l.firstYear, kind: 'neighbour' as const }))
    .sort((a, b) => a.toYear - b.toYear || a.to.id.localeCompare(b.to.id) || a.fromYear - b.fromYear || a.from.id.localeCompare(b.from.id));
}

function inRange(row: AdoptionRow, filter: DiffusionFilter): AdoptionRow | null {
  const years = row.years.filter((y) => (filter.from === null || y >= filter.from) && (filter.to === null || y <= filter.to));
  if (!years.length) return null;
  return { ...row, years, firstYear: row.firstYear !== null && years.includes(row.firstYear) ? row.firstYear : years[0] };
}

// Adoption of one slogan per year, its first adopters and likely spread edges.
export async function diffusionOf(db: CypherReader, sloganId: string, filter: DiffusionFilter): Promise<DiffusionRow> {
  const all = (await adoptions(db, sloganId)).map((r) => inRange(r, filter)).filter((r): r is AdoptionRow => r !== null);
  const shown = all.filter((r) => filter.level === null || r.level === filter.level);
  const first = Math.min(...shown.map((r) => r.firstYear ?? Infinity));
  const strip = ({ ancestors: _a, ...rest }: AdoptionRow): AdopterRow => rest;
  const shownIds = new Set(shown.map((r) => r.body.id));
  return {
    adopters: shown.map(strip),
    firstAdopters: shown.filter((r) => r.firstYear === first).map(strip),
    years: yearSeries(shown),
    spread: [...spreadEdges(all), ...(await borderEdges(db, all))].filter((e) => shownIds.has(e.to.id)),
  };
}
