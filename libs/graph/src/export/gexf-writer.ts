import { ElementKeys, ExportElement, cellValue } from './graph-element';
import type { GraphWriter } from './graph-writer';
import { Sink, xmlEscape } from './sink';

// GEXF 1.3 for Gephi: the node label is its name, properties are string attributes.
export function gexfWriter(sink: Sink): GraphWriter {
  let keys: ElementKeys = { node: [], edge: [] };
  const attvalues = (prefix: string, names: string[], props: Record<string, unknown>) => {
    const values = names
      .map((k, i) => [i, props[k]] as const)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([i, v]) => `<attvalue for="${prefix}${i}" value="${xmlEscape(cellValue(v))}"/>`);
    return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
  };
  const declare = (kind: 'node' | 'edge', names: string[]) =>
    `    <attributes class="${kind}">\n${names.map((k, i) => `      <attribute id="${kind[0]}${i}" title="${xmlEscape(k)}" type="string"/>\n`).join('')}    </attributes>\n`;
  let nodesOpen = false;
  let edgesOpen = false;
  const openNodes = async () => {
    if (nodesOpen) return;
    nodesOpen = true;
    await sink.write('    <nodes>\n');
  };
  return {
    async begin(found) {
      keys = { node: ['labels', ...found.node], edge: found.edge };
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph defaultedgetype="directed" mode="static">\n');
      await sink.write(declare('node', keys.node) + declare('edge', keys.edge));
    },
    async element(e: ExportElement) {
      if (e.kind === 'node') {
        await openNodes();
        const label = xmlEscape(cellValue(e.properties.name ?? e.properties.title ?? e.id));
        await sink.write(`      <node id="${xmlEscape(e.id)}" label="${label}">${attvalues('n', keys.node, { ...e.properties, labels: e.labels.join(':') })}</node>\n`);
        return;
      }
      if (!edgesOpen) {
        await openNodes();
        edgesOpen = true;
        await sink.write('    </nodes>\n    <edges>\n');
      }
      await sink.write(`      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}">${attvalues('e', keys.edge, e.properties)}</edge>\n`);
    },
    async end() {
      await openNodes();
      await sink.write(edgesOpen ? '    </edges>\n' : '    </nodes>\n    <edges>\n    </edges>\n');
      await sink.write('  </graph>\n</gexf>\n');
    },
  };
}
