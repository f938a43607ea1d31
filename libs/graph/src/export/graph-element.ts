import type { ElementTypes } from './attr-types';

// One node or edge on its way to a file; properties are plain JSON-safe values.
export type Properties = Record<string, unknown>;

export interface ExportNode {
  kind: 'node';
  id: string;
  labels: string[];
  properties: Properties;
}

export interface ExportEdge {
  kind: 'edge';
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Properties;
}

export type ExportElement = ExportNode | ExportEdge;

// The attribute names each kind of element carries, gathered in a first pass, with their types
// when the source knows them (string otherwise).
export interface ElementKeys {
  node: string[];
  edge: string[];
  types?: ElementTypes;
}

// A scalar for formats with one value per cell: lists and maps become JSON text.
export function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
