import { toPlain, type CypherReader } from '../read/reader';
import { coveredBodies, periodOf, type PanelLevel } from './coverage.queries';
import { panelRows, type Adoption, type BodyNeighbours, type PanelRow } from './panel-rows';

const LABEL: Record<PanelLevel, string> = { province: 'Province', city: 'City', district: 'District', street: 'Street' };

/** First year and years of use of a slogan, every adopter at every level. */
export async function adoptionsOf(db: CypherReader, sloganIds: string[]): Promise<Map<string, Adoption>> {
  const rows = await db.read(
    `UNWIND $ids AS sid
     MATCH (b:Place)-[a:ADOPTS]->(:Slogan {id: sid})
     RETURN b.id AS id, min(a.firstYear) AS firstYear, collect(a.years) AS years`,
    { ids: sloganIds },
  );
  return new Map(
    rows.map((row) => {
      const r = toPlain(row) as { id: string; firstYear: number | null; years: number[][] };
      return [r.id, { firstYear: r.firstYear, years: [...new Set(r.years.flat())].sort((x, y) => x - y) }];
    }),
  );
}

/** NEIGHBOURS of the level's bodies at the level's tier, and which of them have documents. */
export async function neighboursAt(db: CypherReader, level: PanelLevel): Promise<Map<string, BodyNeighbours>> {
  const rows = await db.read(
    `MATCH (b:${LABEL[level]})-[:NEIGHBOURS {tier: $level}]-(o:Place)
     WITH b, o, EXISTS { (o)<-[:REPORTS_ON]-(:Document) } AS observed
     RETURN b.id AS id, collect(DISTINCT o.id) AS all, [x IN collect(DISTINCT CASE WHEN observed THEN o.id END) WHERE x IS NOT NULL] AS observed`,
    { level },
  );
  return new Map(rows.map((row) => {
    const r = toPlain(row) as { id: string; all: string[]; observed: string[] };
    return [r.id, { all: r.all.sort(), observed: r.observed.sort() }];
  }));
}

export interface PanelRequest {
  /** The slogan and, when its variants count as it, the ids of its accepted variants. */
  sloganIds: string[];
  level: PanelLevel;
  from: number | null;
  to: number | null;
}

export interface Panel {
  level: PanelLevel;
  from: number;
  to: number;
  rows: PanelRow[];
}

// The body × year panel of one slogan at one level (see panel-rows.ts for the columns).
export async function diffusionPanelOf(db: CypherReader, req: PanelRequest): Promise<Panel> {
  const [bodies, adoptions, neighbours] = await Promise.all([
    coveredBodies(db, req.level),
    adoptionsOf(db, req.sloganIds),
    neighboursAt(db, req.level),
  ]);
  const period = periodOf(bodies, req.from, req.to);
  return { level: req.level, ...period, rows: panelRows({ level: req.level, ...period, bodies, adoptions, neighbours }) };
}
