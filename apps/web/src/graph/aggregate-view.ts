import { GraphElement, NodeKind, isEdge } from './types';
import { elementYears } from './elements';
import { Group, Grouping } from './aggregate';

export interface DisplayState {
  /** Members shown as themselves (an expanded group, the focus, what an expansion brought). */
  shown: ReadonlySet<string>;
  /** Nodes a person hid or collapsed away. */
  dropped: ReadonlySet<string>;
}

export type KindName = (kind: NodeKind) => string;

/** Node size grows with the log of the count, so a group of 5,000 does not cover the screen. */
export function aggregateSize(count: number): number {
  return Math.min(130, Math.round(26 + 12 * Math.log2(Math.max(1, count))));
}

function groupNode(group: Group, hidden: GraphElement[], kindName: KindName): GraphElement {
  const years = new Set<number>();
  for (const m of hidden) for (const y of elementYears(m.data)) years.add(y);
  const scope = group.scope;
  const name = `${scope ? `${scope.label} · ` : ''}${kindName(group.kind)}`;
  return {
    group: 'nodes',
    classes: `${group.kind} aggregate`,
    data: {
      id: group.id,
      label: `${name} (${hidden.length})`,
      name,
      type: 'Aggregate',
      kind: group.kind,
      aggregate: true,
      count: hidden.length,
      total: group.members.length,
      size: aggregateSize(hidden.length),
      ...(scope ? { [scope.kind]: scope.label, within: [scope.label] } : {}),
      ...(years.size ? { years: [...years].sort((a, b) => a - b) } : {}),
    },
  };
}

function aggregateEdge(source: string, target: string, type: string, count: number): GraphElement {
  return {
    group: 'edges',
    classes: `${type.toLowerCase()} aggregate`,
    data: { id: `agg:${source}>${target}:${type}`, source, target, type, aggregate: true, count, label: `${type} ×${count}`, weight: Math.min(12, 1 + Math.log2(count)) },
  };
}

/**
 * Where a node is drawn: as itself, inside its group (the group's id), or nowhere (hidden).
 * A group left with one folded member draws that member as itself: a group of one stays a node.
 */
function placement(elements: readonly GraphElement[], grouping: Grouping, state: DisplayState): (id: string) => string | null {
  const folded = (id: string): string | null => {
    if (state.dropped.has(id)) return null;
    const group = grouping.groupOf.get(id);
    return group && !state.shown.has(id) ? group : id;
  };
  const counts = new Map<string, number>();
  for (const el of elements) {
    const where = isEdge(el) ? null : folded(el.data.id);
    if (where && where !== el.data.id) counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  return (id) => {
    const where = folded(id);
    return where && where !== id && (counts.get(where) ?? 0) < 2 ? id : where;
  };
}

/**
 * What the page draws for a grouped view: members not shown collapse into their group node,
 * edges touching a group merge into one edge per (source, target, type) carrying the count.
 */
export function displayElements(elements: readonly GraphElement[], grouping: Grouping, state: DisplayState, kindName: KindName): GraphElement[] {
  const at = placement(elements, grouping, state);
  const nodes: GraphElement[] = [];
  const hidden = new Map<string, GraphElement[]>();
  const present = new Set<string>();
  for (const el of elements) {
    if (isEdge(el)) continue;
    const where = at(el.data.id);
    if (where === el.data.id) nodes.push(el);
    else if (where) {
      const list = hidden.get(where) ?? [];
      list.push(el);
      hidden.set(where, list);
    }
    if (where) present.add(where);
  }
  for (const [id, members] of hidden) nodes.push(groupNode(grouping.groups.get(id) as Group, members, kindName));
  const edges: GraphElement[] = [];
  const merged = new Map<string, { source: string; target: string; type: string; count: number }>();
  for (const el of elements) {
    if (!isEdge(el)) continue;
    const [s, t] = [at(el.data.source as string), at(el.data.target as string)];
    if (!s || !t || !present.has(s) || !present.has(t) || s === t) continue;
    if (s === el.data.source && t === el.data.target) {
      edges.push(el);
      continue;
    }
    const type = String(el.data.type ?? 'REL');
    const key = `${s}>${t}:${type}`;
    const entry = merged.get(key) ?? { source: s, target: t, type, count: 0 };
    entry.count += 1;
    merged.set(key, entry);
  }
  for (const e of merged.values()) edges.push(aggregateEdge(e.source, e.target, e.type, e.count));
  return [...nodes, ...edges];
}
