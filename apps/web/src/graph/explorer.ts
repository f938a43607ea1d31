import { neighbourhood, ApiGraph, type NeighbourhoodResult } from '../api/operations';
import { GraphView } from './view';
import { toCyElements, newElements, elementYears } from './elements';
import { GraphElement } from './types';
import { FilterState, nodeVisible, edgeVisible } from './filters';
import { takeSnapshot, restoreSnapshot, Snapshot } from './snapshot';
import type { AggregationSnapshot } from './aggregate-state';
import { UndoStack } from '../state/history';
import type { LayoutName } from '../state/url-state';

export const FIRST_LIMIT = 150;

export interface CapInfo {
  /** What the API cut: nodes beyond the limit, or relationships among the nodes it returned. */
  unit: 'nodes' | 'edges';
  shown: number;
  total: number;
  more(): Promise<void>;
}

export interface ExplorerEvents {
  onBusy(busy: boolean): void;
  onCapped(cap: CapInfo | null): void;
  /** What was done since landing, for a link to replay: expansions in order, then hidden nodes. */
  onSteps?(steps: Steps): void;
}

export interface Steps {
  expanded: string[];
  hidden: string[];
}

export function graphToElements(g: ApiGraph): GraphElement[] {
  return toCyElements([...g.nodes, ...g.edges]);
}

/** Graph operations a person performs: land, expand, collapse, hide, undo, filter, reveal by year. */
export class Explorer {
  private readonly undoStack = new UndoStack<{ graph: Snapshot; groups: AggregationSnapshot | null; steps: Steps }>();
  layoutName: LayoutName = 'fcose';
  private steps: Steps = { expanded: [], hidden: [] };

  private setSteps(steps: Steps): void {
    this.steps = steps;
    this.events.onSteps?.(steps);
  }

  constructor(
    readonly view: GraphView,
    private readonly events: ExplorerEvents,
  ) {}

  private async busy<T>(work: () => Promise<T>): Promise<T> {
    this.events.onBusy(true);
    try {
      return await work();
    } finally {
      this.events.onBusy(false);
    }
  }

  private landing: Promise<unknown> = Promise.resolve();

  /** Resolves once the landings asked for so far are on screen. */
  settled(): Promise<void> {
    return this.landing.then(() => undefined);
  }

  /** Replaces the view with the neighbourhood of the given ids. */
  land(ids: string[], limit = FIRST_LIMIT): Promise<void> {
    // one landing at a time: another replacing the elements mid-layout would leave this one unfinished
    const run = this.landing.then(() => this.landNow(ids, limit));
    this.landing = run.catch(() => undefined);
    return run;
  }

  private landNow(ids: string[], limit: number): Promise<void> {
    return this.busy(async () => {
      const result = await neighbourhood(ids, limit);
      this.remember();
      this.setSteps({ expanded: [], hidden: [] });
      this.view.replace(graphToElements(result.elements), ids);
      this.view.cy.nodes().filter((n) => ids.includes(n.id())).addClass('focus');
      this.reportCap(result.capped, result.counts, () => this.land(ids, limit * 2));
      await this.relayout();
    });
  }

  /** Asks the API for a node's neighbours; a group instead shows its members (no request). */
  expand(id: string, limit = FIRST_LIMIT): Promise<void> {
    if (this.view.groups.isGroup(id)) {
      this.remember();
      this.view.groups.expand(id);
      return Promise.resolve();
    }
    return this.busy(async () => {
      const result = await neighbourhood([id], limit);
      const fresh = newElements(this.view.ids(), graphToElements(result.elements));
      this.reportCap(result.capped, result.counts, () => this.expand(id, limit * 2));
      if (!fresh.length) return;
      this.remember();
      const back = new Set(fresh.map((el) => el.data.id));
      this.setSteps({ expanded: [...this.steps.expanded.filter((x) => x !== id), id], hidden: this.steps.hidden.filter((x) => !back.has(x)) });
      this.view.add(fresh.map((el) => (el.group === 'nodes' ? { ...el, data: { ...el.data, expandedFrom: id } } : el)), [id]);
      await this.relayout();
    });
  }

  /** Folds a group's shown members back, else removes what expanding this node added, else the leaves hanging on it. */
  collapse(id: string): void {
    const group = this.view.groups.groupOfMember(id);
    if (group) {
      this.remember();
      return this.view.groups.regroup(group);
    }
    const cy = this.view.cy;
    const added = (from: string[]) => cy.nodes().filter((n) => from.includes(n.data('expandedFrom')) && !n.hasClass('focus'));
    let removal = added([id]);
    let wave = removal;
    while (wave.nonempty()) {
      wave = added(wave.map((n) => n.id())).difference(removal);
      removal = removal.union(wave);
    }
    if (removal.empty()) removal = cy.getElementById(id).neighborhood().nodes().filter((n) => n.degree(false) <= 1 && !n.hasClass('focus'));
    if (removal.empty()) return;
    this.remember();
    const gone = new Set(removal.map((n) => n.id()));
    const expanded = this.steps.expanded.filter((x) => x !== id && !gone.has(x));
    // what expanding this node brought goes with the expansion; anything else is recorded as hidden
    const hidden = this.steps.expanded.includes(id) ? this.steps.hidden : [...this.steps.hidden, ...gone];
    this.setSteps({ expanded, hidden });
    this.view.groups.remove(removal);
  }

  hide(id: string): void {
    const el = this.view.cy.getElementById(id);
    if (el.empty()) return;
    this.remember();
    this.setSteps({ expanded: this.steps.expanded, hidden: [...this.steps.hidden.filter((x) => x !== id), id] });
    this.view.groups.remove(el);
  }

  /** Replays a link's steps after landing: its expansions in order, then its hidden nodes. */
  async replay(steps: Steps): Promise<void> {
    for (const id of steps.expanded) if (this.view.cy.getElementById(id).nonempty()) await this.expand(id);
    for (const id of steps.hidden) this.hide(id);
  }

  undo(): boolean {
    const snap = this.undoStack.pop();
    if (!snap) return false;
    restoreSnapshot(this.view.cy, snap.graph);
    this.view.groups.restore(snap.groups);
    this.setSteps(snap.steps);
    this.events.onCapped(null);
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.size > 0;
  }

  applyFilter(filter: FilterState): void {
    const cy = this.view.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => void n.toggleClass('filtered', !nodeVisible(n.data(), filter)));
      cy.edges().forEach((e) => void e.toggleClass('filtered', !edgeVisible(e.data(), filter)));
      if (filter.from === null && filter.to === null) return;
      // an undated node (a slogan, a place) whose dated relationships all lie outside the range goes with them
      cy.nodes().forEach((n) => {
        if (n.hasClass('filtered') || n.hasClass('focus') || elementYears(n.data()).length) return;
        const dated = n.connectedEdges().filter((e) => elementYears(e.data()).length > 0);
        if (dated.nonempty() && dated.filter((e) => !e.hasClass('filtered')).empty()) n.addClass('filtered');
      });
    });
  }

  /** Elements with years that the filter leaves visible: none means the year range holds nothing on screen. */
  datedVisible(): number {
    return this.view.cy.elements().filter((e) => !e.hasClass('filtered') && elementYears(e.data()).length > 0).length;
  }

  /** Dims nodes and edges whose first year is after `year`; null shows everything. */
  revealYear(year: number | null, firstYearOf: (id: string) => number | undefined): void {
    const cy = this.view.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const first = firstYearOf(n.id());
        n.toggleClass('future', year !== null && first !== undefined && first > year);
      });
      cy.edges().forEach((e) => void e.toggleClass('future', e.source().hasClass('future') || e.target().hasClass('future')));
    });
  }

  relayout(name: LayoutName = this.layoutName): Promise<void> {
    this.layoutName = name;
    return this.view.layout(name);
  }

  private remember(): void {
    if (this.view.cy.elements().nonempty()) this.undoStack.push({ graph: takeSnapshot(this.view.cy), groups: this.view.groups.save(), steps: this.steps });
  }

  private reportCap(capped: boolean, counts: NeighbourhoodResult['counts'], more: () => Promise<void>): void {
    if (!capped) return this.events.onCapped(null);
    const nodesCut = counts.totalNodes > counts.nodes;
    this.events.onCapped(
      nodesCut
        ? { unit: 'nodes', shown: counts.nodes, total: counts.totalNodes, more }
        : { unit: 'edges', shown: counts.edges, total: counts.totalEdges, more },
    );
  }
}
