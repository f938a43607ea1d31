import type { Collection, Core } from 'cytoscape';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { GraphElement } from './types';
import { AGGREGATE_ABOVE, EXPAND_CAP } from './aggregate';
import { Aggregation, AggregationSnapshot } from './aggregate-state';
import { ringAround } from './aggregate-sync';
import { AggregateNotice } from './aggregate-notice';

const kindName = (kind: string) => t(kind as MessageKey);

/** What the groups need of the view: the graph, its elements, and a way to put a new set on screen. */
export interface GroupHost {
  readonly cy: Core;
  elements(): GraphElement[];
  show(next: readonly GraphElement[]): Collection;
}

/** Groups a view past `above` elements, expands and folds groups, and keeps the notice in step. */
export class ViewGroups {
  above = AGGREGATE_ABOVE;
  private aggregation: Aggregation | null = null;

  constructor(
    private readonly host: GroupHost,
    private readonly notice: AggregateNotice,
  ) {}

  get active(): boolean {
    return this.aggregation !== null;
  }

  /** The grouped elements to draw for a new view, or null when it is small enough to draw whole. */
  start(elements: readonly GraphElement[], keep: readonly string[]): GraphElement[] | null {
    this.aggregation = elements.length > this.above ? Aggregation.of(elements, keep) : null;
    return this.aggregation?.display(kindName) ?? null;
  }

  /** Takes added elements when the view is (or now becomes) grouped; false leaves them to the view. */
  add(elements: readonly GraphElement[], show: readonly string[]): boolean {
    if (!this.aggregation && this.host.cy.elements().length + elements.length > this.above) {
      // The rest of the view folds; what the person is looking at (focus, selection) stays single.
      const kept = this.host.cy.nodes('.focus, :selected').map((n) => n.id());
      this.aggregation = Aggregation.of(this.host.elements(), kept);
    }
    if (!this.aggregation) return false;
    this.aggregation = this.aggregation.with(elements, show);
    this.apply();
    return true;
  }

  isGroup(id: string): boolean {
    return !!this.aggregation?.isGroup(id);
  }

  /** The group a shown node came out of, if any. */
  groupOfMember(id: string): string | undefined {
    return this.aggregation?.groupOf(id);
  }

  /** Shows up to `cap` members of a group in rings where the group stood; returns how many. */
  expand(id: string, cap = EXPAND_CAP): number {
    const group = this.host.cy.getElementById(id);
    // A group not on screen (hidden, filtered out) has no place to open at.
    if (!this.aggregation?.isGroup(id) || group.empty()) return 0;
    const centre = { ...group.position() };
    // A group left with at most one member disappears; unselecting first lets the panels forget it.
    if (this.aggregation.remaining(id).length <= cap + 1) group.unselect();
    const shown = this.aggregation.expand(id, cap).length;
    // The new members, and a last member left on its own, open where the group stood.
    ringAround(this.apply(), centre);
    return shown;
  }

  /** Folds the members shown out of a group back into it, where they stood. */
  regroup(groupId: string): void {
    const aggregation = this.aggregation;
    if (!aggregation?.isGroup(groupId)) return;
    const members = this.host.cy.nodes().filter((n) => aggregation.groupOf(n.id()) === groupId);
    const box = members.nonempty() ? members.boundingBox() : null;
    aggregation.regroup(groupId);
    const group = this.apply().getElementById(groupId);
    if (box && group.nonempty()) group.position({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
  }

  /** Removes nodes (hide, collapse) so that later changes to the groups do not bring them back. */
  remove(eles: Collection): void {
    this.aggregation?.drop(eles.nodes().map((n) => n.id()));
    eles.remove();
    this.showNotice();
  }

  save(): AggregationSnapshot | null {
    return this.aggregation?.snapshot() ?? null;
  }

  restore(snapshot: AggregationSnapshot | null): void {
    this.aggregation = snapshot ? Aggregation.restore(snapshot) : null;
    this.showNotice();
  }

  showNotice(): void {
    this.notice.show(this.aggregation?.summary ?? null);
    this.showSelected();
  }

  showSelected(): void {
    const node = this.host.cy.$('node.aggregate:selected').first();
    this.notice.select(node.nonempty() ? { id: node.id(), name: node.data('name'), count: node.data('count') } : null);
  }

  private apply(): Collection {
    const added = this.host.show(this.aggregation?.display(kindName) ?? this.host.elements());
    this.showNotice();
    return added;
  }
}
