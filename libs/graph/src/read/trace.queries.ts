import { isPath, type Path } from 'neo4j-driver';
import { aliasTerm, nodesByKey } from './name-lookup';
import { CypherReader, int, toPlain } from './reader';
import { evidenceFor, type EvidenceRow } from './trace.evidence';

export interface TraceNodeRow {
  id: string;
  name: string;
  type: string;
  /** a place's level (street, district, city, province), so a path draws it as the place it is */
  level: string | null;
  elementId: string;
}

export interface TraceStepRow {
  from: string;
  to: string;
  type: string;
  reversed: boolean;
  evidence: EvidenceRow[];
}

export interface TracePathRow {
  length: number;
  nodes: Omit<TraceNodeRow, 'elementId'>[];
  steps: TraceStepRow[];
}

const MEANINGFUL = 'PART_OF|ADOPTS|HAS_PART|RUNS|FULFILS|HAS_OUTCOME';
const TYPES = ['Slogan', 'Project', 'Place', 'Outcome'];
// One prebuilt query per allowed path length: lengths are never spliced from input.
const SHORTEST = new Map(
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [
    n,
    `MATCH (a) WHERE elementId(a) = $a MATCH (b) WHERE elementId(b) = $b
     MATCH p = allShortestPaths((a)-[:${MEANINGFUL}*..${n}]-(b)) RETURN p LIMIT $limit`,
  ]),
);

// An entity by id, else by exact name or alias; slogans first, then projects, then places. Every
// branch is an index seek (see name-lookup.ts).
export async function resolveEntity(db: CypherReader, key: string): Promise<TraceNodeRow | null> {
  const rows = await db.read(
    `CALL {
       ${nodesByKey('Slogan')} RETURN n, 0 AS rank
       UNION ${nodesByKey('Project')} RETURN n, 1 AS rank
       UNION MATCH (n:Place {id: $key}) RETURN n, 2 AS rank
       UNION MATCH (n:Place {name: $key}) RETURN n, 2 AS rank
       UNION MATCH (n:Place {code: $key}) RETURN n, 2 AS rank
       UNION MATCH (n:Outcome {id: $key}) RETURN n, 3 AS rank
     }
     RETURN n.id AS id, coalesce(n.name, n.text) AS name, head([l IN labels(n) WHERE l IN $types]) AS type,
            n.level AS level, elementId(n) AS elementId
     ORDER BY rank, COUNT { (n)--() } DESC LIMIT 1`,
    { key, aliasTerm: aliasTerm(key), types: TYPES },
  );
  return rows.length ? (toPlain(rows[0]) as TraceNodeRow) : null;
}

export async function tracePaths(db: CypherReader, from: TraceNodeRow, to: TraceNodeRow, maxLength: number, limit: number): Promise<TracePathRow[]> {
  const rows = await db.read(SHORTEST.get(maxLength)!, { a: from.elementId, b: to.elementId, limit: int(limit) });
  const paths = rows.map((r) => r.p).filter((p): p is Path => isPath(p));
  const relIds = [...new Set(paths.flatMap((p) => p.segments.map((s) => s.relationship.elementId)))];
  const evidence = await evidenceFor(db, relIds);
  return paths.map((p) => {
    const nodes = [p.start, ...p.segments.map((s) => s.end)].map((n) => {
      const props = toPlain(n.properties) as Record<string, unknown>;
      const level = typeof props.level === 'string' ? props.level : null;
      return { id: String(props.id), name: String(props.name ?? props.text ?? props.id), type: n.labels.find((l) => TYPES.includes(l)) ?? n.labels[0], level };
    });
    const steps = p.segments.map((s, i) => ({
      from: nodes[i].id,
      to: nodes[i + 1].id,
      type: s.relationship.type,
      reversed: s.relationship.startNodeElementId !== s.start.elementId,
      evidence: evidence.get(s.relationship.elementId) ?? [],
    }));
    return { length: p.length, nodes, steps };
  });
}
