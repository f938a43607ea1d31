// Cytoscape element shapes as the API returns them: plain data, style kept apart.
export interface ElementData {
  id: string;
  label?: string;
  type?: string;
  source?: string;
  target?: string;
  [key: string]: unknown;
}

export interface GraphElement {
  group?: 'nodes' | 'edges';
  data: ElementData;
  classes?: string;
}

export const NODE_KINDS = [
  'province',
  'city',
  'district',
  'street',
  'slogan',
  'project',
  'outcome',
  'document',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number] | 'other';

export function isEdge(el: GraphElement): boolean {
  return el.data.source !== undefined && el.data.target !== undefined;
}
