import { GraphElement, isEdge } from './types';
import { groupNodes, Grouping, AggregateOptions, DEFAULT_AGGREGATE, EXPAND_CAP } from './aggregate';
import { displayElements, KindName } from './aggregate-view';

/** What undo needs to put a grouped view back. */
export interface AggregationSnapshot {
  elements: readonly GraphElement[];
  grouping: Grouping;
  shown: string[];
  dropped: string[];
}

/** A grouped view: every element it holds, how nodes group, and which members are shown as themselves. */
export class Aggregation {
  private readonly shown: Set<string>;
  private readonly dropped: Set<string>;

  private constructor(
    readonly elements: readonly GraphElement[],
    readonly grouping: Grouping,
    shown: Iterable<string>,
    dropped: Iterable<string> = [],
  ) {
    this.shown = new Set(shown);
    this.dropped = new Set(dropped);
  }

  static of(elements: readonly GraphElement[], shown: Iterable<string> = [], options: AggregateOptions = DEFAULT_AGGREGATE): Aggregation {
    return new Aggregation(elements, groupNodes(elements, options), shown);
  }

  static restore(s: AggregationSnapshot): Aggregation {
    return new Aggregation(s.elements, s.grouping, s.shown, s.dropped);
  }

  snapshot(): AggregationSnapshot {
    return { elements: this.elements, grouping: this.grouping, shown: [...this.shown], dropped: [...this.dropped] };
  }

  display(kindName: KindName): GraphElement[] {
    return displayElements(this.elements, this.grouping, { shown: this.shown, dropped: this.dropped }, kindName);
  }

  isGroup(id: string): boolean {
    return this.grouping.groups.has(id);
  }

  /** The group a shown member came out of, if any. */
  groupOf(id: string): string | undefined {
    return this.shown.has(id) ? this.grouping.groupOf.get(id) : undefined;
  }

  /** Members still folded into the group. */
  remaining(id: string): string[] {
    return (this.grouping.groups.get(id)?.members ?? []).filter((m) => !this.shown.has(m) && !this.dropped.has(m));
  }

  /** Shows up to `cap` more members of a group, the most connected first; returns their ids. */
  expand(id: string, cap = EXPAND_CAP): string[] {
    const next = this.remaining(id).slice(0, cap);
    next.forEach((m) => this.shown.add(m));
    return next;
  }

  /** Folds a group's shown members back into it. */
  regroup(id: string): void {
    for (const m of this.grouping.groups.get(id)?.members ?? []) this.shown.delete(m);
  }

  /** Hides nodes for good; a group id stands for the members still folded into it. */
  drop(ids: Iterable<string>): void {
    for (const id of ids) {
      for (const member of this.isGroup(id) ? this.remaining(id) : [id]) {
        this.dropped.add(member);
        this.shown.delete(member);
      }
    }
  }

  /** A grouped view with more elements; the incoming nodes and `show` are shown as themselves. */
  with(incoming: readonly GraphElement[], show: Iterable<string> = [], options: AggregateOptions = DEFAULT_AGGREGATE): Aggregation {
    const known = new Set(this.elements.map((el) => el.data.id));
    const fresh = incoming.filter((el) => !known.has(el.data.id));
    const arriving = new Set(incoming.filter((el) => !isEdge(el)).map((el) => el.data.id));
    const next = Aggregation.of([...this.elements, ...fresh], [...this.shown, ...arriving, ...show], options);
    next.drop([...this.dropped].filter((id) => !arriving.has(id)));
    return next;
  }

  get summary(): { elements: number; nodes: number; groups: number } {
    const nodes = this.elements.filter((el) => !isEdge(el)).length;
    return { elements: this.elements.length, nodes, groups: this.grouping.groups.size };
  }
}
