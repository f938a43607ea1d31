import type { Node, Relationship } from 'neo4j-driver';
import { collectElements, type ElementsRow } from './elements';
import { CypherReader, int, NODE_BY_ID } from './reader';
import { enclosingNames } from './body.queries';

export interface NeighbourhoodInput {
  ids: string[];
  depth: number;
  labels: string[];
  from: number | null;
  to: number | null;
  limit: number;
  /** Relationships returned at most; 5 per node (at least 1,000) unless given. */
  edgeLimit?: number;
  /**
   * Reach documents and outcomes from the starting nodes only: a place's reports and their outcomes,
   * what a document mentions, an outcome's document. Other nodes are still not walked through MENTIONS.
   */
  seedReports?: boolean;
}

export interface NeighbourhoodRow {
  elements: ElementsRow;
  /** More nodes, or more relationships among them, were in reach than returned. */
  capped: boolean;
  totalNodes: number;
  totalEdges: number;
}

export const defaultEdgeLimit = (nodeLimit: number) => Math.max(1_000, 5 * nodeLimit);

// A relationship or node is in range when its years (or year) meet [from, to]; undated ones always are.
const REL_IN_RANGE = `(r.years IS NULL OR any(y IN r.years WHERE ($from IS NULL OR y >= $from) AND ($to IS NULL OR y <= $to)))`;
const NODE_IN_RANGE = `(m.year IS NULL OR (($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to)))`;

// Expansion only along the model's relationship types, so hub places are not walked through their
// MENTIONS; document relationships only when documents are asked for. Fixed strings, chosen by a flag.
const ENTITY_TYPES = ['PART_OF', 'ADOPTS', 'HAS_PART', 'RUNS', 'FULFILS', 'HAS_OUTCOME'];
const DOCUMENT_TYPES = [...ENTITY_TYPES, 'MENTIONS', 'REPORTS_ON', 'REPORTED_IN'];

// One branch per type, each stopping after $perType neighbours: a slogan or place with thousands of
// MENTIONS or RUNS is read only that far, never expanded in full.
const typedBranch = (type: string) => `
    WITH a MATCH (a)-[r:${type}]-(m) WHERE NOT elementId(m) IN $seen
      AND any(l IN labels(m) WHERE l IN $labels) AND ${REL_IN_RANGE} AND ${NODE_IN_RANGE}
    WITH m LIMIT $perType RETURN m`;
// Relationships left unread beyond the caps (degrees are counted, not walked); they count as in reach.
const overflow = (types: string[]) =>
  types.map((t) => `CASE WHEN COUNT { (a)-[:${t}]-() } > $perType THEN COUNT { (a)-[:${t}]-() } - $perType ELSE 0 END`).join(' + ');

// From a starting node only: a place's reports and the outcomes in them, a document's mentions and
// subject, an outcome's document. Fixed patterns; each stops after $perType neighbours like the rest.
const seedBranch = (pattern: string) => `
    WITH a MATCH ${pattern} WHERE elementId(a) IN $seeds AND NOT elementId(m) IN $seen
      AND any(l IN labels(m) WHERE l IN $labels) AND ${NODE_IN_RANGE}
    WITH m LIMIT $perType RETURN m`;
const SEED_BRANCHES = [
  '(a:Place)<-[:REPORTS_ON]-(m:Document)',
  '(a:Place)<-[:REPORTS_ON]-(:Document)<-[:REPORTED_IN]-(m:Outcome)',
  '(a:Document)-[:MENTIONS|REPORTS_ON]->(m)',
  '(a:Document)<-[:REPORTED_IN]-(m:Outcome)',
  '(a:Outcome)-[:REPORTED_IN]->(m:Document)',
].map(seedBranch);

const hop = (types: string[], extra: string[] = []) => `
  MATCH (a) WHERE elementId(a) IN $frontier
  WITH a, ${overflow(types)} AS unread
  CALL {${[...types.map(typedBranch), ...extra].join('\n    UNION')}
  }
  WITH a, unread, collect(m) AS near
  WITH sum(unread) AS unread, collect(near) AS nears
  UNWIND nears AS near UNWIND near AS m
  WITH unread, collect(DISTINCT m) AS found
  UNWIND found AS m
  WITH unread + size(found) AS total, m ORDER BY COUNT { (m)--() } DESC LIMIT $budget
  RETURN total, collect(elementId(m)) AS ids`;
// Neighbours read per hop, shared among the frontier's nodes and their relationship types.
const SCAN = 5000;
const PER_TYPE = { min: 25, max: SCAN };
const HOP = { entities: hop(ENTITY_TYPES), documents: hop(DOCUMENT_TYPES), seeded: hop(ENTITY_TYPES, SEED_BRANCHES) };

function perTypeCap(frontierSize: number, types: number): number {
  return Math.min(PER_TYPE.max, Math.max(PER_TYPE.min, Math.ceil(SCAN / (frontierSize * types))));
}

// Both ends are bound, so the planner walks each relationship from its cheaper end. Past the edge
// limit, relationships of the starting nodes come first, then by type, in a stable order.
const among = (types: string[]) => `
  MATCH (m) WHERE elementId(m) IN $ids
  WITH collect(m) AS nodes
  CALL {
    MATCH (a) WHERE elementId(a) IN $ids
    MATCH (b) WHERE elementId(b) IN $ids
    MATCH (a)-[r:${types.join('|')}]->(b) WHERE ${REL_IN_RANGE}
    WITH r, elementId(a) IN $seeds OR elementId(b) IN $seeds AS onSeed
    ORDER BY onSeed DESC, type(r), elementId(r)
    RETURN collect(r) AS found
  }
  RETURN nodes, found[0..$edgeLimit] AS rels, size(found) AS totalEdges`;
const AMONG = { entities: among(ENTITY_TYPES), documents: among(DOCUMENT_TYPES), seeded: among(DOCUMENT_TYPES) };

type RelSet = keyof typeof HOP;
const relSet = (input: NeighbourhoodInput): RelSet => (input.seedReports ? 'seeded' : input.labels.includes('Document') ? 'documents' : 'entities');

async function seedIds(db: CypherReader, ids: string[]): Promise<string[]> {
  const rows = await db.read(`UNWIND $ids AS id ${NODE_BY_ID} RETURN DISTINCT elementId(n) AS id`, { ids });
  return rows.map((r) => r.id as string);
}

// Breadth-first, one query per hop, most connected neighbours first, stopping at the cap;
// each frontier node is read a bounded number of relationships per type.
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
    const set = relSet(input);
    const perType = int(perTypeCap(frontier.length, set === 'documents' ? DOCUMENT_TYPES.length : ENTITY_TYPES.length));
    const params = { frontier, seeds, seen: [...seen], labels: input.labels, from: input.from, to: input.to, budget: int(budget), perType };
    const [row] = await db.read(HOP[set], params);
    reached += Number(row?.total ?? 0);
    frontier = (row?.ids as string[]) ?? [];
    frontier.forEach((id) => seen.add(id));
  }
  const edgeLimit = input.edgeLimit ?? defaultEdgeLimit(input.limit);
  const { elements, totalEdges } = await elementsAmong(db, [...seen], seeds, edgeLimit, input);
  await markEnclosing(db, elements);
  return { elements, capped: reached > seen.size || totalEdges > elements.edges.length, totalNodes: reached, totalEdges };
}

async function elementsAmong(
  db: CypherReader,
  ids: string[],
  seeds: string[],
  edgeLimit: number,
  input: NeighbourhoodInput,
): Promise<{ elements: ElementsRow; totalEdges: number }> {
  const rows = await db.read(AMONG[relSet(input)], { ids, seeds, edgeLimit: int(edgeLimit), from: input.from, to: input.to });
  const row = rows[0] ?? { nodes: [], rels: [], totalEdges: 0 };
  return { elements: collectElements([row.nodes as Node[], row.rels as Relationship[]]), totalEdges: Number(row.totalEdges ?? 0) };
}

// Each place carries the names of the places above it (`within`), so a district filter knows a
// street's district even when the district is not on screen.
async function markEnclosing(db: CypherReader, elements: ElementsRow): Promise<void> {
  const places = elements.nodes.filter((n) => n.data.type === 'Place');
  const within = await enclosingNames(db, places.map((n) => n.data.id));
  for (const n of places) n.data.properties.within = within.get(n.data.id) ?? [];
}
