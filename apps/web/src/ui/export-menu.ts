import type { Core } from 'cytoscape';
import { toGraphML } from '../export/graphml';
import { GraphElement } from '../graph/types';
import { download } from './dom';

type Format = 'png' | 'svg' | 'json' | 'graphml';

/** Saves the current view or its elements; the file name carries the date for sorting. */
export async function exportView(cy: Core, format: Format, elements: GraphElement[]): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `policy-graph-${stamp}.${format}`;
  if (format === 'png') {
    const blob = (await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) as Blob;
    return download(blob, name);
  }
  if (format === 'svg') {
    const svg = (cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
    return download(svg, name, 'image/svg+xml');
  }
  if (format === 'json') return download(JSON.stringify({ elements }, null, 2), name, 'application/json');
  return download(toGraphML(elements), name, 'application/graphml+xml');
}
