import type { Node, Relationship } from 'neo4j-driver';
import { collectElements, type ElementsRow } from './elements';
import { CypherReader, int, NODE_BY_ID } from './reader';

export interface NeighbourhoodInput {
  ids: string[];
  depth: number;
  labels: string[];
  from: number | null;
  to: number | null;
  limit: number;
}

export interface NeighbourhoodRow {
  elements: ElementsRow;
  capped: boolean;
  totalNodes: number;
}

// A relationship or node is in range when its years (or year) meet [from, to]; undated ones always are.
const REL_IN_RANGE = `(r.years IS NULL OR any(y IN r.years WHERE ($from IS NULL OR y >= $from) AND ($to IS NULL OR y <= $to)))`;
const NODE_IN_RANGE = `(m.year IS NULL OR (($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to)))`;

const HOP = `
  MATCH (a)-[r]-(m) WHERE elementId(a) IN $frontier AND NOT elementId(m) IN $seen
    AND any(l IN labels(m) WHERE l IN $labels) AND ${REL_IN_RANGE} AND ${NODE_IN_RANGE}
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS degree ORDER BY degree DESC
  WITH collect(elementId(m)) AS found
  RETURN size(found) AS total, found[..$budget] AS ids`;

async function seedIds(db: CypherReader, ids: string[]): Promise<string[]> {
  const rows = await db.read(`UNWIND $ids AS id ${NODE_BY_ID} RETURN DISTINCT elementId(n) AS id`, { ids });
  return rows.map((r) => r.id as string);
}

// Breadth-first, one query per hop, most connected neighbours first, stopping at the cap.
export async function neighbourhood(db: CypherReader, input: NeighbourhoodInput): Promise<NeighbourhoodRow> {
  const seeds = await seedIds(db, input.ids);
  const seen = new Set(seeds);
  let frontier = seeds;
  let reached = seeds.length;
  for (let hop = 0; hop < input.depth && frontier.length; hop++) {
    const budget = Math.max(0, input.limit - seen.size);
    const params = { frontier, seen: [...seen], labels: input.labels, from: input.from, to: input.to, budget: int(budget) };
    const [row] = await db.read(HOP, params);
    reached += Number(row?.total ?? 0);
    frontier = (row?.ids as string[]) ?? [];
    frontier.forEach((id) => seen.add(id));
  }
  const elements = await elementsAmong(db, [...seen], input);
  return { elements, capped: reached > seen.size, totalNodes: reached };
}

async function elementsAmong(db: CypherReader, ids: string[], input: NeighbourhoodInput): Promise<ElementsRow> {
  const rows = await db.read(
    `MATCH (m) WHERE elementId(m) IN $ids
     WITH collect(m) AS nodes
     RETURN nodes, [a IN nodes | [(a)-[r]->(m) WHERE elementId(m) IN $ids AND ${REL_IN_RANGE} | r]] AS rels`,
    { ids, from: input.from, to: input.to },
  );
  const row = rows[0] ?? { nodes: [], rels: [] };
  return collectElements([row.nodes as Node[], (row.rels as Relationship[][]).flat()]);
}
