import { PassThrough } from 'node:stream';
import { ExportFormat, exportGraph } from './export-graph';
import type { ExportElement } from './graph-element';
import type { GraphSource } from './graph-sources';

const nodes: ExportElement[] = [
  { kind: 'node', id: '330113004', labels: ['Place', 'Street'], properties: { name: '星桥街道', level: 'street' } },
  { kind: 'node', id: '全域美丽', labels: ['Slogan'], properties: { name: '全域美丽', aliases: ['全域美丽大花园'] } },
];
const edges: ExportElement[] = [{ kind: 'edge', id: 'e1', source: '330113004', target: '全域美丽', type: 'ADOPTS', properties: { years: [2019], note: 'a "quoted", <tagged> & comma' } }];

function source(withEdges = true): GraphSource {
  return {
    keys: async () => ({ node: ['aliases', 'level', 'name'], edge: ['note', 'years'], types: { node: { aliases: 'list', level: 'string', name: 'string' }, edge: { note: 'string', years: 'list' } } }),
    nodes: async (emit) => {
      for (const n of nodes) await emit(n);
    },
    edges: async (emit) => {
      for (const e of withEdges ? edges : []) await emit(e);
    },
  };
}

async function render(format: ExportFormat, withEdges = true): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk) => (text += chunk));
  await exportGraph(source(withEdges), format, out);
  return text;
}

describe('exportGraph', () => {
  it('writes GraphML with declared keys and escaped values', async () => {
    const xml = await render('graphml');
    expect(xml).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
    expect(xml).toContain('<node id="330113004"><data key="n_labels">Place:Street</data><data key="n_level">street</data><data key="n_name">星桥街道</data></node>');
    expect(xml).toContain('<data key="e_note">a &quot;quoted&quot;, &lt;tagged&gt; &amp; comma</data>');
    expect(xml.trim().endsWith('</graphml>')).toBe(true);
  });

  it('types GraphML attributes and writes lists as their items (years 2019, not [2019])', async () => {
    const xml = await render('graphml');
    expect(xml).toContain('<key id="e_years" for="edge" attr.name="years" attr.type="string"/>');
    expect(xml).toContain('<data key="e_years">2019</data>');
  });

  it('writes a dynamic GEXF: ADOPTS enters the timeline in its first year', async () => {
    const xml = await render('gexf');
    expect(xml).toContain('mode="dynamic" timeformat="integer"');
    expect(xml).toMatch(/<edge id="e1" source="330113004" target="全域美丽" label="ADOPTS" start="2019">/);
  });

  it('writes GEXF with nodes before edges, also when there are no edges', async () => {
    const xml = await render('gexf', false);
    expect(xml).toMatch(/<nodes>[\s\S]*<\/nodes>\s*<edges>\s*<\/edges>/);
    expect(xml).toContain('label="星桥街道"');
  });

  it.each(['graphml', 'gexf'] as const)('strips the characters XML 1.0 forbids from ids and values (%s), keeping tabs and line breaks', async (format) => {
    const hostile: ExportElement = { kind: 'node', id: 'n\u0000\u0001', labels: ['Slogan'], properties: { name: '全域\u0008美丽\u000b\u000c\u001f\ufffe\uffff', note: 'a\tb\nc' } };
    const src: GraphSource = {
      keys: async () => ({ node: ['name', 'note'], edge: [] }),
      nodes: async (emit) => emit(hostile),
      edges: async () => undefined,
    };
    const out = new PassThrough();
    let xml = '';
    out.on('data', (chunk) => (xml += chunk));
    await exportGraph(src, format, out);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).toContain('全域美丽');
    expect(xml).toContain('id="n"');
    expect(xml).toContain('a\tb\nc');
  });

  it('writes Cytoscape JSON that parses', async () => {
    const json = JSON.parse(await render('json'));
    expect(json.elements.nodes).toHaveLength(2);
    expect(json.elements.edges[0].data).toMatchObject({ source: '330113004', target: '全域美丽', type: 'ADOPTS', years: [2019] });
    expect(JSON.parse(await render('json', false)).elements.edges).toEqual([]);
  });

  it('writes one CSV table with quoted cells', async () => {
    const lines = (await render('csv')).trim().split('\n');
    expect(lines[0]).toBe('kind,id,labels,type,source,target,aliases,level,name,note,years');
    expect(lines[2]).toBe('node,全域美丽,Slogan,,,,"[""全域美丽大花园""]",,全域美丽,,');
    expect(lines[3]).toBe('edge,e1,,ADOPTS,330113004,全域美丽,,,,"a ""quoted"", <tagged> & comma",[2019]');
  });
});
