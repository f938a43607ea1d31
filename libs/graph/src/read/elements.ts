import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toPlain } from './reader';

export interface CyNodeRow {
  data: { id: string; label: string; type: string; level: string | null; years: number[] | null; properties: Record<string, unknown> };
}
export interface CyEdgeRow {
  data: { id: string; source: string; target: string; label: string; type: string; years: number[] | null; properties: Record<string, unknown> };
}
export interface ElementsRow {
  nodes: CyNodeRow[];
  edges: CyEdgeRow[];
}

const PRIMARY = ['Slogan', 'Project', 'Place', 'Document', 'Outcome'];
// Bulky or internal properties stay out of the elements.
const HIDDEN = new Set(['text', 'pinyin', 'initials']);
// Already in `data` (id, level; years on relationships): not sent twice.
const IN_NODE_DATA = new Set(['id', 'level']);

// elementIds are "<version>:<database uuid>:<number>"; within one database the number is enough.
export const edgeKey = (elementId: string) => `r${elementId.slice(elementId.lastIndexOf(':') + 1)}`;

const nodeKey = (n: Node) => String((n.properties as Record<string, unknown>).id ?? n.elementId);

function nodeLabel(type: string, p: Record<string, unknown>): string {
  if (type === 'Document') return String(p.title ?? p.file ?? p.id);
  if (type === 'Outcome') return String(p.text ?? `${p.value}${p.unit}`);
  return String(p.name ?? p.id);
}

export function nodeElement(n: Node): CyNodeRow {
  const p = toPlain(n.properties) as Record<string, unknown>;
  const type = n.labels.find((l) => PRIMARY.includes(l)) ?? n.labels[0] ?? 'Node';
  const properties = Object.fromEntries(Object.entries(p).filter(([k]) => !HIDDEN.has(k) && !IN_NODE_DATA.has(k)));
  const years = typeof p.year === 'number' ? [p.year] : null;
  return { data: { id: nodeKey(n), label: nodeLabel(type, p), type, level: (p.level as string) ?? null, years, properties } };
}

export function edgeElement(r: Relationship, keyOf: Map<string, string>): CyEdgeRow {
  const { years: rawYears, ...p } = toPlain(r.properties) as Record<string, unknown>;
  const years = Array.isArray(rawYears) ? (rawYears as number[]) : null;
  return {
    data: {
      id: edgeKey(r.elementId),
      source: keyOf.get(r.startNodeElementId) ?? r.startNodeElementId,
      target: keyOf.get(r.endNodeElementId) ?? r.endNodeElementId,
      label: r.type,
      type: r.type,
      years,
      properties: p,
    },
  };
}

// Every node, relationship and path anywhere in the values, deduplicated, as Cytoscape elements.
export function collectElements(values: unknown[]): ElementsRow {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) v.segments.forEach((s) => [s.start, s.relationship, s.end].forEach(visit));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && v.constructor === Object) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  const keyOf = new Map([...nodes.values()].map((n) => [n.elementId, nodeKey(n)]));
  return {
    nodes: [...nodes.values()].map(nodeElement),
    edges: [...rels.values()].filter((r) => keyOf.has(r.startNodeElementId) && keyOf.has(r.endNodeElementId)).map((r) => edgeElement(r, keyOf)),
  };
}
