import { GraphElement, ElementData, NodeKind, isEdge } from './types';
import { nodeKind } from './elements';

/** The district or city a node belongs to, as a researcher reads a big view. */
export interface Scope {
  id: string;
  label: string;
  kind: 'province' | 'city' | 'district';
}

const AREA_RANK: Record<string, number> = { district: 0, city: 1, province: 2 };

interface Index {
  nodes: Map<string, { data: ElementData; kind: NodeKind }>;
  /** child → parent place ids, current memberships (no `until`) first. */
  parents: Map<string, string[]>;
  runBy: Map<string, string>;
  outcomeOf: Map<string, string>;
  reportsOn: Map<string, string>;
  areasByName: Map<string, string>;
}

function push(map: Map<string, string[]>, key: string, value: string, first: boolean): void {
  const list = map.get(key) ?? [];
  if (first) list.unshift(value);
  else list.push(value);
  map.set(key, list);
}

function indexElements(elements: readonly GraphElement[]): Index {
  const index: Index = { nodes: new Map(), parents: new Map(), runBy: new Map(), outcomeOf: new Map(), reportsOn: new Map(), areasByName: new Map() };
  for (const el of elements) {
    if (isEdge(el)) continue;
    const kind = nodeKind(el.data);
    index.nodes.set(el.data.id, { data: el.data, kind });
    if (AREA_RANK[kind] !== undefined) index.areasByName.set(String(el.data.label), el.data.id);
  }
  for (const el of elements) {
    if (!isEdge(el)) continue;
    const { source, target } = el.data as { source: string; target: string };
    const type = String(el.data.type ?? '').toUpperCase();
    if (type === 'PART_OF') push(index.parents, source, target, el.data.until === undefined || el.data.until === null);
    else if (type === 'RUNS' && !index.runBy.has(target)) index.runBy.set(target, source);
    else if (type === 'HAS_OUTCOME' && !index.outcomeOf.has(target)) index.outcomeOf.set(target, source);
    else if (type === 'REPORTS_ON' && !index.reportsOn.has(source)) index.reportsOn.set(source, target);
  }
  return index;
}

function areaOf(index: Index, id: string): Scope | null {
  const node = index.nodes.get(id);
  if (!node || AREA_RANK[node.kind] === undefined) return null;
  return { id, label: String(node.data.label ?? id), kind: node.kind as Scope['kind'] };
}

// A place names its area through a PART_OF in view, else through a district/city property.
function enclosing(index: Index, id: string): Scope | null {
  const areas = (index.parents.get(id) ?? []).map((p) => areaOf(index, p)).filter((a): a is Scope => a !== null);
  if (areas.length) return areas.sort((a, b) => AREA_RANK[a.kind] - AREA_RANK[b.kind])[0];
  const data = index.nodes.get(id)?.data;
  for (const kind of ['district', 'city'] as const) {
    const name = data?.[kind];
    if (typeof name !== 'string' || !name) continue;
    const known = index.areasByName.get(name);
    return (known && areaOf(index, known)) || { id: `${kind}:${name}`, label: name, kind };
  }
  return null;
}

/** A district or city stands for itself as a body; a street for the area it lies in. */
function bodyScope(index: Index, placeId: string | undefined): Scope | null {
  if (!placeId) return null;
  const kind = index.nodes.get(placeId)?.kind;
  if (kind === 'district' || kind === 'city') return areaOf(index, placeId);
  return enclosing(index, placeId);
}

function projectBody(index: Index, id: string): string | undefined {
  const data = index.nodes.get(id)?.data;
  const body = typeof data?.bodyId === 'string' ? data.bodyId : id.includes('|') ? id.slice(0, id.indexOf('|')) : undefined;
  return body && index.nodes.has(body) ? body : index.runBy.get(id);
}

function scopeOf(index: Index, id: string, kind: NodeKind): Scope | null {
  switch (kind) {
    case 'street':
    case 'district':
    case 'city':
    case 'other':
      return enclosing(index, id);
    case 'project':
      return bodyScope(index, projectBody(index, id));
    case 'outcome': {
      const project = index.outcomeOf.get(id);
      return project ? bodyScope(index, projectBody(index, project)) : null;
    }
    case 'document':
      return bodyScope(index, index.reportsOn.get(id));
    default:
      return null;
  }
}

/** For every node, the area it belongs to (null when the view does not tell). */
export function scopesOf(elements: readonly GraphElement[]): Map<string, Scope | null> {
  const index = indexElements(elements);
  const out = new Map<string, Scope | null>();
  for (const [id, node] of index.nodes) out.set(id, scopeOf(index, id, node.kind));
  return out;
}
