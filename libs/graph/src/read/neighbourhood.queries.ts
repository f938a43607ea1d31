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

// Expansion only along the model's relationship types, so hub places are not walked through their
// MENTIONS; document relationships only when documents are asked for. Fixed strings, chosen by a flag.
const ENTITY_RELS = 'PART_OF|ADOPTS|HAS_PART|RUNS|FULFILS|HAS_OUTCOME';
const DOCUMENT_RELS = `${ENTITY_RELS}|MENTIONS|REPORTS_ON|REPORTED_IN`;

const hop = (rels: string) => `
  MATCH (a)-[r:${rels}]-(m) WHERE elementId(a) IN $frontier AND NOT elementId(m) IN $seen
    AND any(l IN labels(m) WHERE l IN $labels) AND ${REL_IN_RANGE} AND ${NODE_IN_RANGE}
  WITH DISTINCT m
  WITH collect(m) AS found
  UNWIND found[..$scan] AS m
  WITH size(found) AS total, m ORDER BY COUNT { (m)--() } DESC LIMIT $budget
  RETURN total, collect(elementId(m)) AS ids`;
// Candidates ranked by degree per hop; beyond this many the rest are counted, not ranked.
const SCAN = 5000;
const HOP = { entities: hop(ENTITY_RELS), documents: hop(DOCUMENT_RELS) };

const among = (rels: string) => `
  MATCH (m) WHERE elementId(m) IN $ids
  WITH collect(m) AS nodes
  RETURN nodes, [a IN nodes | [(a)-[r:${rels}]->(m) WHERE elementId(m) IN $ids AND ${REL_IN_RANGE} | r]] AS rels`;
const AMONG = { entities: among(ENTITY_RELS), documents: among(DOCUMENT_RELS) };

const relSet = (labels: string[]) => (labels.includes('Document') ? 'documents' : 'entities');

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
    const budget = input.limit - seen.size;
    // Full already: more nodes are in reach (the frontier has neighbours), so the view is capped.
    if (budget <= 0) {
      reached += 1;
      break;
    }
    const params = { frontier, seen: [...seen], labels: input.labels, from: input.from, to: input.to, budget: int(budget), scan: int(SCAN) };
    const [row] = await db.read(HOP[relSet(input.labels)], params);
    reached += Number(row?.total ?? 0);
    frontier = (row?.ids as string[]) ?? [];
    frontier.forEach((id) => seen.add(id));
  }
  const elements = await elementsAmong(db, [...seen], input);
  return { elements, capped: reached > seen.size, totalNodes: reached };
}

async function elementsAmong(db: CypherReader, ids: string[], input: NeighbourhoodInput): Promise<ElementsRow> {
  const rows = await db.read(AMONG[relSet(input.labels)], { ids, from: input.from, to: input.to });
  const row = rows[0] ?? { nodes: [], rels: [] };
  return collectElements([row.nodes as Node[], (row.rels as Relationship[][]).flat()]);
}
