import type { Core } from 'cytoscape';
import { viewFile } from '../api/operations';
import { GraphElement } from '../graph/types';
import { download } from './dom';

type Format = 'png' | 'svg' | 'json' | 'graphml' | 'gexf';

// cytoscape-svg draws no rounded diamonds or triangles (projects, outcomes would be missing):
// for the SVG those nodes take the plain shape.
const PLAIN_SHAPE: Record<string, string> = { 'round-diamond': 'diamond', 'round-triangle': 'triangle', 'round-pentagon': 'pentagon', 'round-hexagon': 'hexagon', 'round-heptagon': 'heptagon', 'round-octagon': 'octagon', 'round-tag': 'tag' };

export function svgOf(cy: Core): string {
  const rounded = cy.nodes().filter((n) => !!PLAIN_SHAPE[n.style('shape') as string]);
  rounded.forEach((n) => void n.style('shape', PLAIN_SHAPE[n.style('shape') as string]));
  try {
    return (cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
  } finally {
    rounded.removeStyle('shape');
  }
}

/** Saves the current view or its elements; the file name carries the date for sorting. */
export async function exportView(cy: Core, format: Format, elements: GraphElement[]): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `policy-graph-${stamp}.${format}`;
  if (format === 'png') {
    const blob = (await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) as Blob;
    return download(blob, name);
  }
  if (format === 'svg') {
    return download(svgOf(cy), name, 'image/svg+xml');
  }
  if (format === 'json') return download(JSON.stringify({ elements }, null, 2), name, 'application/json');
  // GraphML and GEXF come from the API's writers (those of `kg export`): typed attributes, and for
  // GEXF the years that let Gephi's timeline play the diffusion. Groups are no nodes of the graph.
  const ids = elements.filter((e) => e.group === 'nodes' && !e.data.aggregate).map((e) => e.data.id);
  return download(await viewFile(ids, format), name, format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml');
}
