import type { NodeKind } from './types';

// One colour and shape per kind; shared by the graph, the legend and the document view.
export const KIND_STYLE: Record<NodeKind, { color: string; shape: string; size: number }> = {
  province: { color: '#3a0ca3', shape: 'round-rectangle', size: 46 },
  city: { color: '#4361ee', shape: 'round-rectangle', size: 40 },
  district: { color: '#4895ef', shape: 'round-rectangle', size: 34 },
  street: { color: '#4cc9f0', shape: 'round-rectangle', size: 28 },
  slogan: { color: '#d62828', shape: 'ellipse', size: 38 },
  project: { color: '#f77f00', shape: 'round-diamond', size: 30 },
  outcome: { color: '#2a9d8f', shape: 'round-triangle', size: 24 },
  document: { color: '#6c757d', shape: 'rectangle', size: 22 },
  other: { color: '#adb5bd', shape: 'ellipse', size: 22 },
};

// Relationship colours (style.ts draws with these) and the rings a node can wear, for the legend.
export const EDGE_STYLE: Record<string, { color: string; dashed?: boolean }> = {
  FULFILS: { color: '#f77f00' },
  ADOPTS: { color: '#e5989b' },
  HAS_PART: { color: '#d62828', dashed: true },
  PART_OF: { color: '#90e0ef' },
  other: { color: '#ced4da' },
};

export const RING_STYLE = {
  focus: '#212529',
  selected: '#ffb703',
  path: '#7209b7',
  firstAdopter: '#ffb703',
} as const;
