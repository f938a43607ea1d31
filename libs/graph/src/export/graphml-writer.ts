import { ElementKeys, ExportElement, cellValue } from './graph-element';
import { Sink, xmlEscape } from './sink';
import type { GraphWriter } from './graph-writer';

// GraphML for Gephi, Cytoscape desktop and yEd: every property a string attribute, labels as `labels`.
export function graphmlWriter(sink: Sink): GraphWriter {
  let keys: ElementKeys = { node: [], edge: [] };
  const data = (prefix: string, names: string[], props: Record<string, unknown>) =>
    names.filter((k) => props[k] !== undefined && props[k] !== null).map((k) => `<data key="${prefix}_${xmlEscape(k)}">${xmlEscape(cellValue(props[k]))}</data>`).join('');
  return {
    async begin(found) {
      keys = found;
      const decl = (kind: 'node' | 'edge', k: string) => `  <key id="${kind[0]}_${xmlEscape(k)}" for="${kind}" attr.name="${xmlEscape(k)}" attr.type="string"/>\n`;
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
      await sink.write(['labels', ...keys.node].map((k) => decl('node', k)).join('') + ['type', ...keys.edge].map((k) => decl('edge', k)).join(''));
      await sink.write('  <graph id="policy-graph" edgedefault="directed">\n');
    },
    async element(e: ExportElement) {
      if (e.kind === 'node') {
        await sink.write(`    <node id="${xmlEscape(e.id)}">${data('n', ['labels'], { labels: e.labels.join(':') })}${data('n', keys.node, e.properties)}</node>\n`);
      } else {
        const attrs = `id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"`;
        await sink.write(`    <edge ${attrs}>${data('e', ['type'], { type: e.type })}${data('e', keys.edge, e.properties)}</edge>\n`);
      }
    },
    async end() {
      await sink.write('  </graph>\n</graphml>\n');
    },
  };
}
