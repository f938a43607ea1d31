import { readFileSync } from 'node:fs';
import { toPlain, type CypherReader } from '@policy-graph/graph';

// The neighbour share counted again without the panel's code or the graph's NEIGHBOURS edges: the
// neighbours from the committed table (graph/neighbours/neighbours.json), whether each has a
// document and when it first used the slogan straight from the documents that report on it.

type Tier = 'province' | 'city' | 'district';

interface NeighboursFile {
  tiers: Record<Tier, [string, string, number][]>;
}

export interface NeighbourCount {
  /** every neighbour the table lists, and those of them the graph holds a place for */
  listed: string[];
  neighbours: string[];
  observed: string[];
  adopted: string[];
  share: number | null;
}

/** The ids that border `id` at a tier, as the committed table lists them. */
export function neighboursFromFile(file: string, tier: Tier, id: string): string[] {
  const table = JSON.parse(readFileSync(file, 'utf8')) as NeighboursFile;
  const pairs = table.tiers[tier];
  if (!pairs) throw new Error(`${file} has no ${tier} tier`);
  return [...new Set(pairs.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : [])))].sort();
}

// Each place: has it a dated document, and the first year a document reporting on it mentions the
// slogan (a mention a reviewer ruled no adoption, m.adopts set, does not count).
const PLACES = `
UNWIND $ids AS pid
MATCH (p:Place {id: pid})
CALL (p) {
  MATCH (p)<-[:REPORTS_ON]-(d:Document)-[m:MENTIONS]->(:Slogan {id: $slogan})
  WHERE m.adopts IS NULL AND d.year IS NOT NULL
  RETURN min(d.year) AS firstYear
}
RETURN p.id AS id, p.name AS name, EXISTS { (p)<-[:REPORTS_ON]-(:Document) } AS observed, firstYear`;

/** Neighbours of `id` at `tier` that have a document, and of those the ones that used the slogan before `year`. */
export async function recountNeighbourShare(db: CypherReader, p: { file: string; tier: Tier; id: string; sloganId: string; year: number }): Promise<NeighbourCount & { names: Map<string, string> }> {
  const neighbours = neighboursFromFile(p.file, p.tier, p.id);
  const rows = (await db.read(PLACES, { ids: neighbours, slogan: p.sloganId })).map((r) => toPlain(r) as { id: string; name: string; observed: boolean; firstYear: number | null });
  const observed = rows.filter((r) => r.observed);
  const adopted = observed.filter((r) => r.firstYear !== null && r.firstYear <= p.year - 1);
  return {
    listed: neighbours,
    neighbours: rows.map((r) => r.id).sort(),
    observed: observed.map((r) => r.id).sort(),
    adopted: adopted.map((r) => r.id).sort(),
    share: observed.length ? adopted.length / observed.length : null,
    names: new Map(rows.map((r) => [r.id, r.name])),
  };
}
