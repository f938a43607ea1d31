import type { ExportElement } from './graph-element';
import type { GraphWriter } from './graph-writer';
import type { Sink } from './sink';

// Cytoscape.js elements JSON ({elements: {nodes, edges}}), written element by element.
export function jsonGraphWriter(sink: Sink): GraphWriter {
  let section: 'none' | 'nodes' | 'edges' = 'none';
  let first = true;
  const open = async (next: 'nodes' | 'edges') => {
    if (section === next) return;
    const prefix = section === 'nodes' ? '\n],' : next === 'edges' ? '"nodes":[],' : '';
    await sink.write(`${prefix}"${next}":[\n`);
    section = next;
    first = true;
  };
  return {
    async begin() {
      await sink.write('{"elements":{');
    },
    async element(e: ExportElement) {
      await open(e.kind === 'node' ? 'nodes' : 'edges');
      const data = e.kind === 'node' ? { ...e.properties, id: e.id, labels: e.labels } : { ...e.properties, id: e.id, source: e.source, target: e.target, type: e.type };
      await sink.write(`${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`);
      first = false;
    },
    async end() {
      if (section === 'none') await sink.write('"nodes":[],"edges":[]}}\n');
      else if (section === 'nodes') await sink.write('\n],"edges":[]}}\n');
      else await sink.write('\n]}}\n');
    },
  };
}
