import { startYear, typedText, type AttrType } from './attr-types';
import { ElementKeys, ExportElement } from './graph-element';
import type { GraphWriter } from './graph-writer';
import { Sink, xmlEscape } from './sink';

const GEXF_TYPE: Record<AttrType, string> = { boolean: 'boolean', long: 'long', double: 'double', string: 'string', list: 'string' };

// When an element enters the graph: its first year (ADOPTS and RUNS by their years, a document or an
// outcome by its year, PART_OF from `since` to `until`), so Gephi's timeline plays the diffusion.
function spell(props: Record<string, unknown>): string {
  const start = startYear(props);
  const end = typeof props.until === 'number' ? props.until : null;
  return `${start !== null ? ` start="${start}"` : ''}${end !== null ? ` end="${end}"` : ''}`;
}

// GEXF 1.3 for Gephi, dynamic (integer years): the node label is its name, attributes typed.
export function gexfWriter(sink: Sink): GraphWriter {
  let keys: ElementKeys = { node: [], edge: [] };
  const attvalues = (prefix: string, names: string[], props: Record<string, unknown>) => {
    const values = names
      .map((k, i) => [i, props[k]] as const)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([i, v]) => `<attvalue for="${prefix}${i}" value="${xmlEscape(typedText(v))}"/>`);
    return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
  };
  const declare = (kind: 'node' | 'edge', names: string[], types: Record<string, AttrType>) =>
    `    <attributes class="${kind}">\n${names.map((k, i) => `      <attribute id="${kind[0]}${i}" title="${xmlEscape(k)}" type="${GEXF_TYPE[types[k] ?? 'string']}"/>\n`).join('')}    </attributes>\n`;
  let nodesOpen = false;
  let edgesOpen = false;
  const openNodes = async () => {
    if (nodesOpen) return;
    nodesOpen = true;
    await sink.write('    <nodes>\n');
  };
  return {
    async begin(found) {
      keys = { node: ['labels', ...found.node], edge: found.edge, types: found.types };
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph defaultedgetype="directed" mode="dynamic" timeformat="integer">\n');
      await sink.write(declare('node', keys.node, found.types?.node ?? {}) + declare('edge', keys.edge, found.types?.edge ?? {}));
    },
    async element(e: ExportElement) {
      if (e.kind === 'node') {
        await openNodes();
        const label = xmlEscape(typedText(e.properties.name ?? e.properties.title ?? e.properties.text ?? e.id));
        await sink.write(`      <node id="${xmlEscape(e.id)}" label="${label}"${spell(e.properties)}>${attvalues('n', keys.node, { ...e.properties, labels: e.labels.join(':') })}</node>\n`);
        return;
      }
      if (!edgesOpen) {
        await openNodes();
        edgesOpen = true;
        await sink.write('    </nodes>\n    <edges>\n');
      }
      await sink.write(`      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}"${spell(e.properties)}>${attvalues('e', keys.edge, e.properties)}</edge>\n`);
    },
    async end() {
      await openNodes();
      await sink.write(edgesOpen ? '    </edges>\n' : '    </nodes>\n    <edges>\n    </edges>\n');
      await sink.write('  </graph>\n</gexf>\n');
    },
  };
}
