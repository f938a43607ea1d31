import type { Writable } from 'node:stream';
import { csvGraphWriter } from './csv-writer';
import { gexfWriter } from './gexf-writer';
import type { GraphSource } from './graph-sources';
import { graphmlWriter } from './graphml-writer';
import type { GraphWriter } from './graph-writer';
import { jsonGraphWriter } from './json-writer';
import { Sink } from './sink';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCounts {
  nodes: number;
  edges: number;
}

function writerFor(format: ExportFormat, sink: Sink): GraphWriter {
  switch (format) {
    case 'graphml':
      return graphmlWriter(sink);
    case 'gexf':
      return gexfWriter(sink);
    case 'csv':
      return csvGraphWriter(sink);
    case 'json':
      return jsonGraphWriter(sink);
  }
}

// Streams a graph to `out` in the format asked: attribute names first, then nodes, then edges.
export async function exportGraph(source: GraphSource, format: ExportFormat, out: Writable): Promise<ExportCounts> {
  const writer = writerFor(format, new Sink(out));
  const counts = { nodes: 0, edges: 0 };
  await writer.begin(await source.keys());
  await source.nodes(async (e) => {
    counts.nodes += 1;
    await writer.element(e);
  });
  await source.edges(async (e) => {
    counts.edges += 1;
    await writer.element(e);
  });
  await writer.end();
  return counts;
}
