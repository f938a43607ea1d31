import type { StylesheetJson } from 'cytoscape';
import { EDGE_STYLE, KIND_STYLE, RING_STYLE } from './palette';
import { NodeKind } from './types';

const kindRules: StylesheetJson = (Object.keys(KIND_STYLE) as NodeKind[]).map((kind) => ({
  selector: `node.${kind}`,
  style: {
    'background-color': KIND_STYLE[kind].color,
    shape: KIND_STYLE[kind].shape as never,
    width: KIND_STYLE[kind].size,
    height: KIND_STYLE[kind].size,
  },
}));

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '120px',
      'text-wrap': 'ellipsis',
      color: '#212529',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
    },
  },
  ...kindRules,
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': EDGE_STYLE.other.color,
      'target-arrow-color': EDGE_STYLE.other.color,
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'edge.fulfils', style: { 'line-color': EDGE_STYLE.FULFILS.color, 'target-arrow-color': EDGE_STYLE.FULFILS.color, width: 2.5 } },
  { selector: 'edge.adopts', style: { 'line-color': EDGE_STYLE.ADOPTS.color, 'target-arrow-color': EDGE_STYLE.ADOPTS.color, width: 2 } },
  { selector: 'edge.has_part', style: { 'line-color': EDGE_STYLE.HAS_PART.color, 'target-arrow-color': EDGE_STYLE.HAS_PART.color, 'line-style': 'dashed' } },
  { selector: 'edge.part_of', style: { 'line-color': EDGE_STYLE.PART_OF.color, 'target-arrow-color': EDGE_STYLE.PART_OF.color } },
  { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 9, 'line-color': '#212529', 'target-arrow-color': '#212529', width: 3 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': RING_STYLE.selected } },
  { selector: '.focus', style: { 'border-width': 3, 'border-color': RING_STYLE.focus } },
  { selector: 'edge.path', style: { 'line-color': RING_STYLE.path, 'target-arrow-color': RING_STYLE.path, width: 4 } },
  { selector: 'node.path', style: { 'border-width': 3, 'border-color': RING_STYLE.path } },
  { selector: '.first-adopter', style: { 'border-width': 4, 'border-color': RING_STYLE.firstAdopter, 'border-style': 'double' } },
  { selector: 'edge.review-tie', style: { label: 'data(label)', 'font-size': 10, 'line-color': '#1c7ed6', 'target-arrow-color': '#1c7ed6', width: 5 } },
  { selector: 'node.review-tie', style: { 'border-width': 4, 'border-color': '#1c7ed6' } },
  { selector: '.future', style: { opacity: 0.08, events: 'no' } },
  { selector: '.filtered', style: { display: 'none' } },
];

// Past a few hundred nodes: straight edges and labels only when zoomed in keep the first paint short.
export const mediumGraphStyle: StylesheetJson = [
  ...graphStyle,
  { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 0.6 } },
  { selector: 'node', style: { 'min-zoomed-font-size': 10 } },
];

// The WebGL path draws fewer edge styles; keep big graphs plain and label-free when zoomed out.
export const largeGraphStyle: StylesheetJson = [
  ...graphStyle,
  { selector: 'edge', style: { 'curve-style': 'straight', 'target-arrow-shape': 'none', width: 1 } },
  { selector: 'node', style: { 'min-zoomed-font-size': 12 } },
];
