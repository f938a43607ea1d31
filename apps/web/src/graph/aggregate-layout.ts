import type { EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';

const sizeOf = (n: NodeSingular): number => Number(n.data('size')) || 30;

/**
 * fcose for a grouped view: big groups push harder and sit further from their neighbours, and
 * weak springs keep the hubs (slogans linked to every group) from pulling everything into one lump.
 */
export const aggregateLayout: LayoutOptions = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  nodeRepulsion: (n: NodeSingular) => 20000 * (sizeOf(n) / 30) ** 2,
  idealEdgeLength: (e: EdgeSingular) => 80 + sizeOf(e.source()) + sizeOf(e.target()),
  edgeElasticity: 0.05,
  gravity: 0.02,
  fit: true,
  padding: 30,
} as LayoutOptions;
