import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/url-state';

/** Above this many nodes fcose runs in draft quality without animation (full quality takes minutes). */
export const DRAFT_ABOVE = 300;

function yearRank(node: NodeSingular): number {
  const y = Number(node.data('firstYear'));
  return Number.isFinite(y) && y > 0 ? 3000 - y : 0;
}

export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const big = nodeCount > DRAFT_ABOVE;
  switch (name) {
    case 'dagre':
      return { name: 'dagre', rankDir: 'TB', nodeSep: 24, rankSep: 70, animate: false, fit: true } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: yearRank,
        levelWidth: () => 1,
        minNodeSpacing: big ? 4 : 16,
        animate: false,
      } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        quality: big ? 'draft' : 'default',
        randomize: true,
        animate: !big,
        animationDuration: 400,
        nodeDimensionsIncludeLabels: !big,
        packComponents: true,
        nodeRepulsion: 6000,
        idealEdgeLength: 80,
        fit: true,
        padding: 30,
      } as LayoutOptions;
  }
}
