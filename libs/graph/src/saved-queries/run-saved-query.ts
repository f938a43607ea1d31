import neo4j from 'neo4j-driver';
import type { Neo4jExecutor } from '../executor';
import type { SavedQuery } from './saved-query';

export type SavedQueryParams = Record<string, unknown>;

// Parameters by their declared type: integers go to Neo4j as integers; missing ones as null.
export function bindParams(query: SavedQuery, given: SavedQueryParams): SavedQueryParams {
  const bound: SavedQueryParams = {};
  for (const p of query.params) {
    const value = given[p.name];
    if (value === undefined || value === null || value === '') bound[p.name] = null;
    else if (p.type === 'integer') bound[p.name] = neo4j.int(toInteger(p.name, value));
    else if (p.type === 'float') bound[p.name] = Number(value);
    else bound[p.name] = String(value);
  }
  return bound;
}

function toInteger(name: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`parameter ${name} must be an integer, got ${JSON.stringify(value)}`);
  return n;
}

export function runSavedQuery<T = Record<string, unknown>>(executor: Neo4jExecutor, query: SavedQuery, params: SavedQueryParams): Promise<T[]> {
  return executor.read<T>(query.cypher, bindParams(query, params), { metadata: { savedQuery: query.name } });
}
