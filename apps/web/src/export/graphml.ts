import { GraphElement, isEdge } from '../graph/types';

function xml(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function keysOf(elements: readonly GraphElement[], edges: boolean): string[] {
  const keys = new Set<string>();
  for (const el of elements) {
    if (isEdge(el) !== edges) continue;
    for (const k of Object.keys(el.data)) if (!['id', 'source', 'target'].includes(k)) keys.add(k);
  }
  return [...keys].sort();
}

function dataLines(el: GraphElement, keys: string[]): string {
  return keys
    .map((k) => [k, scalar(el.data[k])] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<data key="${xml(k)}">${xml(v)}</data>`)
    .join('');
}

/** GraphML with every data field as a string attribute (lists as JSON). */
export function toGraphML(elements: readonly GraphElement[]): string {
  const nodeKeys = keysOf(elements, false);
  const edgeKeys = keysOf(elements, true);
  const scope = (k: string) => (nodeKeys.includes(k) && edgeKeys.includes(k) ? 'all' : nodeKeys.includes(k) ? 'node' : 'edge');
  const keyDecl = [...new Set([...nodeKeys, ...edgeKeys])].map(
    (k) => `  <key id="${xml(k)}" for="${scope(k)}" attr.name="${xml(k)}" attr.type="string"/>`,
  );
  const body = elements.map((el) =>
    isEdge(el)
      ? `    <edge id="${xml(el.data.id)}" source="${xml(el.data.source)}" target="${xml(el.data.target)}">${dataLines(el, edgeKeys)}</edge>`
      : `    <node id="${xml(el.data.id)}">${dataLines(el, nodeKeys)}</node>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyDecl,
    '  <graph edgedefault="directed">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
