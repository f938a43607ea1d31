import { toCypherValues } from './cypher-values';
import type { DocumentRows } from './document-rows';

// The ingest bench's baseline: the rows ingestion writes, each as one node made by a bare
// UNWIND … CREATE, thousands a transaction, into an empty graph: what the database alone takes
// when nothing is looked up, matched or merged. Never used by ingestion.
const CREATE_ROWS = 'UNWIND $rows AS row CREATE (n:BaselineRow) SET n = row';

export const BASELINE_BATCH_ROWS = 10_000;

type Properties = Record<string, unknown>;

// Neo4j stores primitives and lists of them; a nested map (none today) goes as its JSON.
function storable(row: object): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(row)) {
    const nested = value !== null && typeof value === 'object' && !(Array.isArray(value) && value.every((v) => typeof v !== 'object'));
    out[key] = nested ? JSON.stringify(value) : value;
  }
  return out;
}

/** A document's rows as property maps, as many as rowCount counts. */
export function baselineRows(rows: DocumentRows): Properties[] {
  const all: object[] = [rows.doc, ...rows.places, ...rows.partOf, ...rows.placeMentions, ...rows.slogans, ...rows.parts, ...rows.projects, ...rows.outcomes, ...rows.fulfils];
  return all.map(storable);
}

export interface BaselineWriter {
  write(cypher: string, params: Properties, options?: { metadata?: Properties }): Promise<unknown>;
}

/** One transaction of bare creates. */
export async function writeBaselineBatch(writer: BaselineWriter, rows: Properties[]): Promise<void> {
  await writer.write(CREATE_ROWS, { rows: toCypherValues(rows) }, { metadata: { job: 'bench-baseline' } });
}
