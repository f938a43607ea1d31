import { Neo4jExecutor, graphChecksum, type GraphChecksum } from '@policy-graph/graph';

// Empties the graph but keeps the schema-migration bookkeeping, in bounded transactions.
export async function wipeGraph(executor: Neo4jExecutor): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ n: number }>('MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
    if (row.n === 0) return;
  }
}

export function contentChecksum(executor: Neo4jExecutor): Promise<GraphChecksum> {
  return graphChecksum(executor);
}

// Entities no document refers to any more: there must be none after any sequence of ingestions.
export async function orphans(executor: Neo4jExecutor): Promise<string[]> {
  const rows = await executor.read<{ id: string }>(
    `MATCH (n) WHERE (n:Slogan OR n:Project) AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) } RETURN n.id AS id
     UNION MATCH (o:Outcome) WHERE NOT EXISTS { (o)-[:REPORTED_IN]->(:Document) } RETURN o.id AS id`,
  );
  return rows.map((r) => r.id);
}
