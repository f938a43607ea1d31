import type { Neo4jExecutor } from '../executor';
import { loadGazetteer } from '../gazetteer-load';
import { WRITE_PLACES } from '../ingest/write.cypher';
import { PlaceRows } from '../ingest/place-rows';
import type { NeighbourData, NeighbourTier } from './compute-neighbours';

// NEIGHBOURS is stored once per pair, from the smaller id to the larger, and read undirected.
const WRITE_NEIGHBOURS = `
UNWIND $pairs AS pair
MATCH (a:Place {id: pair[0]}), (b:Place {id: pair[1]})
MERGE (a)-[n:NEIGHBOURS {tier: $tier}]->(b)
SET n.source = $source, n.cells = pair[2]`;

const BATCH = 2000;

export interface NeighbourLoad {
  places: number;
  pairs: Record<NeighbourTier, number>;
}

/**
 * Writes the places of every pair (as ingestion writes them: gazetteer ids, names, PART_OF with
 * their years), so a neighbour without documents still counts as one, then the NEIGHBOURS edges.
 * `only` limits it to pairs whose both ends are in the set. Running it again changes nothing.
 */
export async function loadNeighbours(db: Neo4jExecutor, data: NeighbourData, only?: Set<string>): Promise<NeighbourLoad> {
  const keep = (p: [string, string, number]) => !only || (only.has(p[0]) && only.has(p[1]));
  const tiers = (['province', 'city', 'district'] as const).map((tier) => ({ tier, pairs: data.tiers[tier].filter(keep) }));
  const rows = new PlaceRows(loadGazetteer());
  for (const { pairs } of tiers) {
    for (const [a, b] of pairs) {
      rows.addCode(a);
      rows.addCode(b);
    }
  }
  const places = [...rows.places.values()];
  const partOf = [...rows.partOf.values()];
  for (let i = 0; i < places.length; i += BATCH) {
    await db.write(WRITE_PLACES, { places: places.slice(i, i + BATCH), partOf: [] });
  }
  for (let i = 0; i < partOf.length; i += BATCH) {
    await db.write(WRITE_PLACES, { places: [], partOf: partOf.slice(i, i + BATCH) });
  }
  const counts = { province: 0, city: 0, district: 0 };
  for (const { tier, pairs } of tiers) {
    for (let i = 0; i < pairs.length; i += BATCH) {
      await db.write(WRITE_NEIGHBOURS, { pairs: pairs.slice(i, i + BATCH), tier, source: data.source });
    }
    counts[tier] = pairs.length;
  }
  return { places: places.length, pairs: counts };
}
