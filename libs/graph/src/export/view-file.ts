import { PassThrough } from 'node:stream';
import type { Node, Relationship } from 'neo4j-driver';
import { CypherReader, NODE_BY_ID } from '../read/reader';
import { exportGraph, type ExportFormat } from './export-graph';
import { elementsSource } from './graph-sources';

// The nodes with these ids and the relationships among them, written as a file: the explorer's
// view in the formats of `kg export`, through the same writers.
export async function viewFile(db: CypherReader, ids: string[], format: ExportFormat): Promise<string> {
  const [row] = await db.read(
    `UNWIND $ids AS id ${NODE_BY_ID}
     WITH collect(DISTINCT n) AS nodes
     CALL {
       WITH nodes UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN collect(r) AS rels
     }
     RETURN nodes, rels`,
    { ids },
  );
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk) => (text += chunk));
  await exportGraph(elementsSource((row?.nodes as Node[]) ?? [], (row?.rels as Relationship[]) ?? []), format, out);
  return text;
}
