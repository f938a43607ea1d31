import type { AttrType } from './attr-types';
import { typedText } from './attr-types';
import { ElementKeys, ExportElement } from './graph-element';
import { Sink, xmlEscape } from './sink';
import type { GraphWriter } from './graph-writer';

// GraphML's own type names; a list is written as text, its items joined by commas.
const GRAPHML_TYPE: Record<AttrType, string> = { boolean: 'boolean', long: 'long', double: 'double', string: 'string', list: 'string' };

// GraphML for Gephi, Cytoscape desktop and yEd: typed attributes (years and counts as numbers),
// labels as `labels`. The explorer's page exports through this writer too (the API's viewFile).
export function graphmlWriter(sink: Sink): GraphWriter {
  let keys: ElementKeys = { node: [], edge: [] };
  const data = (prefix: string, names: string[], props: Record<string, unknown>) =>
    names.filter((k) => props[k] !== undefined && props[k] !== null).map((k) => `<data key="${prefix}_${xmlEscape(k)}">${xmlEscape(typedText(props[k]))}</data>`).join('');
  return {
    async begin(found) {
      keys = found;
      const type = (kind: 'node' | 'edge', k: string) => GRAPHML_TYPE[found.types?.[kind][k] ?? 'string'];
      const decl = (kind: 'node' | 'edge', k: string) => `  <key id="${kind[0]}_${xmlEscape(k)}" for="${kind}" attr.name="${xmlEscape(k)}" attr.type="${type(kind, k)}"/>\n`;
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
