import { GraphElement, NodeKind, isEdge } from './types';
import { nodeKind } from './elements';
import { scopesOf, Scope } from './aggregate-scope';

/** Past this many elements the view shows groups instead of every node. */
export const AGGREGATE_ABOVE = 5000;
/** How many members one expansion of a group shows. */
export const EXPAND_CAP = 200;

export interface AggregateOptions {
  /** Kinds shown one by one while there are at most keepLimit of them: the anchors of a view. */
  keepKinds: readonly NodeKind[];
  keepLimit: number;
  /** Past this many groups the area is dropped and nodes group by kind alone. */
  maxGroups: number;
}

export const DEFAULT_AGGREGATE: AggregateOptions = {
  keepKinds: ['province', 'city', 'district', 'slogan'],
  keepLimit: 100,
  maxGroups: 300,
};

export interface Group {
  id: string;
  kind: NodeKind;
  scope: Scope | null;
  /** Member ids, the most connected first (an expansion shows them in this order). */
  members: string[];
}

export interface Grouping {
  groupOf: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, Group>;
}

export function groupId(kind: NodeKind, scope: Scope | null): string {
  return `group:${kind}:${scope?.id ?? '*'}`;
}

function degrees(elements: readonly GraphElement[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const el of elements) {
    if (!isEdge(el)) continue;
    for (const end of [el.data.source, el.data.target] as string[]) out.set(end, (out.get(end) ?? 0) + 1);
  }
  return out;
}

function keptKinds(nodes: readonly GraphElement[], options: AggregateOptions): Set<NodeKind> {
  const counts = new Map<NodeKind, number>();
  for (const n of nodes) counts.set(nodeKind(n.data), (counts.get(nodeKind(n.data)) ?? 0) + 1);
  return new Set(options.keepKinds.filter((k) => (counts.get(k) ?? 0) <= options.keepLimit));
}

function collect(nodes: readonly GraphElement[], kept: Set<NodeKind>, scopeOf: (id: string) => Scope | null): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const n of nodes) {
    const kind = nodeKind(n.data);
    if (kept.has(kind)) continue;
    const scope = scopeOf(n.data.id);
    const id = groupId(kind, scope);
    const group = groups.get(id) ?? { id, kind, scope, members: [] };
    group.members.push(n.data.id);
    groups.set(id, group);
  }
  return groups;
}

/**
 * Groups nodes by kind and the district or city they belong to; a group of one stays a node.
 * Kinds that are few (slogans, districts) stay single so the groups have something to hang on.
 */
export function groupNodes(elements: readonly GraphElement[], options: AggregateOptions = DEFAULT_AGGREGATE): Grouping {
  const nodes = elements.filter((el) => !isEdge(el));
  const kept = keptKinds(nodes, options);
  const scopes = scopesOf(elements);
  let groups = collect(nodes, kept, (id) => scopes.get(id) ?? null);
  if ([...groups.values()].filter((g) => g.members.length > 1).length > options.maxGroups) groups = collect(nodes, kept, () => null);
  const degree = degrees(elements);
  const groupOf = new Map<string, string>();
  for (const [id, group] of groups) {
    if (group.members.length < 2) {
      groups.delete(id);
      continue;
    }
    group.members.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
    for (const m of group.members) groupOf.set(m, id);
  }
  return { groupOf, groups };
}
