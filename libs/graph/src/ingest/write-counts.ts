import type { QueryResult } from 'neo4j-driver';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export function countsOf(result: QueryResult): WriteCounts {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
  };
}

export function addCounts(into: WriteCounts, more: WriteCounts): WriteCounts {
  for (const key of Object.keys(into) as (keyof WriteCounts)[]) into[key] += more[key];
  return into;
}
