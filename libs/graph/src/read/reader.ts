import { int as neo4jInt, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';

export type ReadRow = Record<string, unknown>;
type Row = ReadRow;

// What the read queries need from the executor: run one parameterised read, get plain rows.
export interface CypherReader {
  read(query: string, params?: Record<string, unknown>): Promise<Row[]>;
}

// Driver values to JSON-safe values: Integers to numbers, temporals to ISO strings.
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // strings, numbers and booleans are most values: skip the driver type checks for them
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return String(value);
  }
  if (isPoint(value)) return { ...(value as object) };
  if (isNode(value) || isRelationship(value) || isPath(value)) return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

// Whole numbers as Neo4j integers: LIMIT, SKIP and list slices refuse floats.
export const int = (n: number) => neo4jInt(Math.trunc(n));

// Cypher fragment: the node `n` whose id is `id`, using each label's id constraint.
export const NODE_BY_ID = `CALL {
    WITH id MATCH (n:Slogan {id: id}) RETURN n
    UNION WITH id MATCH (n:Project {id: id}) RETURN n
    UNION WITH id MATCH (n:Place {id: id}) RETURN n
    UNION WITH id MATCH (n:Document {id: id}) RETURN n
    UNION WITH id MATCH (n:Outcome {id: id}) RETURN n
  }`;
