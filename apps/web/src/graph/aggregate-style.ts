import type { StylesheetJson } from 'cytoscape';

// Groups keep their kind's colour and shape; size, a double border and a wrapped label set them apart.
export const aggregateStyle: StylesheetJson = [
  {
    selector: 'node.aggregate',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 3,
      'border-style': 'double',
      'border-color': '#495057',
      'font-size': 12,
      'font-weight': 'bold',
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'min-zoomed-font-size': 4,
    },
  },
  { selector: 'node.aggregate:selected', style: { 'border-width': 5, 'border-color': '#ffb703' } },
  {
    selector: 'edge.aggregate',
    style: {
      width: 'data(weight)',
      opacity: 0.55,
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
    },
  },
  { selector: 'edge.aggregate:selected', style: { label: 'data(label)', opacity: 1 } },
];
