import { GraphElement, ElementData, NodeKind, NODE_KINDS, isEdge } from './types';

const LEVEL_KINDS: Record<string, NodeKind> = {
  province: 'province',
  city: 'city',
  district: 'district',
  street: 'street',
};

// A place arrives as type Place (with a level) or as its level label; both map to the level.
// A group (aggregate-view.ts) is of its members' kind.
export function nodeKind(data: ElementData): NodeKind {
  if (data.aggregate && (NODE_KINDS as readonly unknown[]).includes(data.kind)) return data.kind as NodeKind;
  const type = String(data.type ?? '').toLowerCase();
  const level = String(data.level ?? '').toLowerCase();
  if (type === 'place' && LEVEL_KINDS[level]) return LEVEL_KINDS[level];
  return (NODE_KINDS as readonly string[]).includes(type) ? (type as NodeKind) : 'other';
}

/** Every year an element speaks of: years[], firstYear, year. */
export function elementYears(data: ElementData): number[] {
  const out = new Set<number>();
  const add = (v: unknown) => {
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n > 1900 && n < 2200) out.add(n);
  };
  if (Array.isArray(data.years)) data.years.forEach(add);
  add(data.firstYear);
  add(data.year);
  return [...out].sort((a, b) => a - b);
}

// Keys Cytoscape reads structurally (a `parent` would nest the node, a `source` make it an edge).
const RESERVED = new Set(['id', 'source', 'target', 'parent', 'group', 'classes']);

function liftable(properties: unknown): Record<string, unknown> {
  if (!properties || typeof properties !== 'object') return {};
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !RESERVED.has(k)));
}

function withoutNulls(data: ElementData): ElementData {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined)) as ElementData;
}

function edgeId(data: ElementData): string {
  return data.id ?? `${data.source}-${String(data.type ?? 'REL')}-${data.target}`;
}

/** Normalises API elements for Cytoscape: ids, labels, kind classes, first year. */
export function toCyElements(input: readonly GraphElement[]): GraphElement[] {
  return input.map((el) => {
    // Properties come nested from the API; flat, they serve filters and styles (year, district…).
    const data: ElementData = { ...liftable(el.data.properties), ...withoutNulls(el.data) };
    if (isEdge(el)) {
      data.id = edgeId(data);
      data.label = data.label ?? String(data.type ?? '');
      return { group: 'edges', data, classes: String(data.type ?? '').toLowerCase() };
    }
    const kind = nodeKind(data);
    const years = elementYears(data);
    data.kind = kind;
    data.label = String(data.label ?? data.name ?? data.id).trim();
    if (years.length) data.firstYear = data.firstYear ?? years[0];
    return { group: 'nodes', data, classes: kind };
  });
}

/** Elements not yet present, with edges kept only when both ends will exist. */
export function newElements(existing: ReadonlySet<string>, incoming: readonly GraphElement[]): GraphElement[] {
  const ids = new Set(existing);
  const fresh: GraphElement[] = [];
  for (const el of incoming) {
    if (isEdge(el) || ids.has(el.data.id)) continue;
    ids.add(el.data.id);
    fresh.push(el);
  }
  for (const el of incoming) {
    if (!isEdge(el) || ids.has(el.data.id)) continue;
    if (!ids.has(el.data.source as string) || !ids.has(el.data.target as string)) continue;
    ids.add(el.data.id);
    fresh.push(el);
  }
  return fresh;
}

/** Nodes per kind; a group counts the members folded into it. */
export function countKinds(elements: readonly GraphElement[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of elements) {
    if (isEdge(el)) continue;
    const kind = nodeKind(el.data);
    counts[kind] = (counts[kind] ?? 0) + (el.data.aggregate ? Number(el.data.count) : 1);
  }
  return counts;
}
