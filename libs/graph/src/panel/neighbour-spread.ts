import { toPlain, type CypherReader } from '../read/reader';
import type { PanelLevel } from './coverage.queries';

export interface NeighbourSpreadRow {
  from: { id: string; name: string; code: string | null; level: string };
  to: { id: string; name: string; code: string | null; level: string };
  fromYear: number;
  toYear: number;
  kind: 'neighbour';
}

// Spread along borders: a body of the level that adopted after a neighbour (NEIGHBOURS at the
// level's tier) did, one edge from each earlier neighbour. The first year of a body is the earliest
// of the slogan's and its counted variants'.
const SPREAD = `
UNWIND $ids AS sid
MATCH (b:Place)-[a:ADOPTS]->(:Slogan {id: sid}) WHERE a.firstYear IS NOT NULL
WITH b, min(a.firstYear) AS first
WITH collect({ b: b, first: first }) AS adopters
UNWIND adopters AS later
UNWIND adopters AS earlier
WITH later.b AS l, later.first AS lf, earlier.b AS e, earlier.first AS ef
WHERE l.level = $level AND ef < lf AND EXISTS { (l)-[:NEIGHBOURS {tier: $level}]-(e) }
RETURN e { .id, .name, .code, .level } AS from, l { .id, .name, .code, .level } AS to, ef AS fromYear, lf AS toYear
ORDER BY toYear, to.id, fromYear, from.id`;

export async function neighbourSpread(db: CypherReader, sloganIds: string[], level: PanelLevel): Promise<NeighbourSpreadRow[]> {
  const rows = await db.read(SPREAD, { ids: sloganIds, level });
  return rows.map((r) => ({ ...(toPlain(r) as Omit<NeighbourSpreadRow, 'kind'>), kind: 'neighbour' as const }));
}
