import type { Core } from 'cytoscape';
import { correct, type CorrectionInput, type QueueItem } from '../api/review';
import { forgetDocument } from '../api/document-cache';
import type { DocumentResult } from '../api/operations';
import type { Explorer } from '../graph/explorer';
import { correctionTarget, entityTargets } from '../graph/correction-target';
import { markReviewed } from '../graph/review-mark';
import { graphFocus } from '../state/queue-kinds';
import type { GraphElement } from '../graph/types';
import { DecisionTrail } from '../state/decision-trail';
import { saveDecisions, savedDecisions } from '../state/decision-storage';
import { Store } from '../state/store';
import { ViewerState } from '../state/viewer';
import { t } from '../i18n/i18n';
import { auditLog } from './audit-log';
import { h, byId } from './dom';
import { entityEdits } from './entity-edits';
import { addTieControl, type NewTie } from './add-tie';
import { documentEdits } from './document-edits';
import type { ReviewGraph } from './review-graph';
import { kindLabel } from './review-labels';
import { ReviewTab } from './review-tab';
import { SignIn } from './sign-in';
import { UploadTab } from './upload-tab';

export interface CurationHost {
  explorer(): Explorer;
  /** Filters and the like, after new elements arrived. */
  afterChange(): void;
  /** Renders the evidence of what is selected again (the viewer changed). */
  reselect(): void;
}

/** Signing in, the Review tab, and what the evidence panel adds for an element: its corrections log and, for reviewers, edits. */
export class Curation {
  readonly viewer = new ViewerState();
  private readonly trail = new DecisionTrail(savedDecisions());
  /** Targets of the corrections made from the evidence panel, by the element they were made on. */
  private readonly madeHere = new Map<string, Set<string>>();
  private readonly signIn = new SignIn(this.viewer);
  private readonly tab: ReviewTab;
  private readonly upload: UploadTab;

  private readonly graph: ReviewGraph = {
    showItem: (item, reload) => this.showItem(item, reload),
    showEntity: (id) => this.focusOn([id], true),
    reload: (ids) => this.focusOn(ids ?? this.store.state.focus, true),
    openDocument: (doc, start, end) => this.store.update({ doc, tab: 'document', span: { start, end }, mention: null }),
  };

  constructor(
    private readonly store: Store,
    private readonly host: CurationHost,
  ) {
    this.tab = new ReviewTab(store, this.viewer, this.trail, this.graph);
    this.upload = new UploadTab(store, this.viewer);
    // edit controls come and go with the right to review; a reader staying a reader changes nothing
    this.trail.onChange(() => saveDecisions(this.trail.entries));
    let reviewer = false;
    this.viewer.subscribe(() => {
      // signing out (or a token no longer known) forgets the decisions and what undo could revert
      if (!this.viewer.reviewer && this.trail.entries.length) this.trail.clear();
      if (this.viewer.reviewer !== reviewer) host.reselect();
      reviewer = this.viewer.reviewer;
    });
  }

  start(): Promise<void> {
    return this.signIn.start();
  }

  relabel(): void {
    this.signIn.render();
    this.tab.relabel();
    this.upload.relabel();
  }

  private get cy(): Core {
    return this.host.explorer().view.cy;
  }

  /** For the evidence panel: the element's corrections, and a reviewer's edits of it. */
  extras(el: GraphElement): HTMLElement[] {
    const own = entityTargets(el.data, (id) => this.cy.getElementById(id).data('label'));
    // a split is filed under the alias that left: keep showing it where it was made
    const targets = own.length ? [...new Set([...own, ...(this.madeHere.get(el.data.id) ?? [])])] : [];
    if (!targets.length) return [];
    const edits = this.viewer.reviewer ? entityEdits(this.cy, el.data, (input, shownAs) => this.recordEdit(el.data.id, targets, input, shownAs)) : null;
    return [...(edits ? [edits] : []), auditLog(targets)];
  }

  /** For the document tab: the document's corrections, and a reviewer's form for its title, year and subject. */
  documentExtras(doc: DocumentResult, redraw: () => void): HTMLElement[] {
    const target = `Document:${doc.id}`;
    const record = async (input: CorrectionInput) => {
      const made = await correct(input);
      this.trail.add({ on: 'entity', decision: made.kind, target }, made.id);
      forgetDocument(doc.id);
      redraw();
    };
    const addTie = async (tie: NewTie) => {
      const made = await correct({ kind: 'ADD_FULFILS', document: doc.id, ...tie });
      this.trail.add({ on: 'entity', decision: made.kind, target: made.target }, made.id);
      forgetDocument(doc.id);
      redraw();
      await this.showTie(made.target, doc.id);
    };
    return [...(this.viewer.reviewer ? [documentEdits(doc, record), addTieControl(doc, addTie)] : []), auditLog([target])];
  }

  /** The graph around a tie just added (`FULFILS:<project>→<slogan>`), the tie selected so its evidence shows. */
  private async showTie(target: string, documentId: string): Promise<void> {
    const [project, slogan] = target.slice(target.indexOf(':') + 1).split('→');
    this.store.update({ tab: 'evidence' });
    await this.focusOn([slogan], true);
    const ties = this.cy.edges('[type = "FULFILS"]').filter((e) => e.target().id() === slogan && e.source().data('label') === project);
    const fromThis = ties.filter((e) => (e.data('document') ?? e.data('properties')?.document) === documentId);
    const tie = fromThis.nonempty() ? fromThis : ties;
    if (tie.nonempty()) this.host.explorer().view.select(tie.first().id());
  }

  /** Records an edit of element `id`, reads the graph again and shows the element (or, if it left the graph, its log). */
  private async recordEdit(id: string, targets: string[], input: CorrectionInput, shownAs = id): Promise<void> {
    const made = await correct(input);
    this.trail.add({ on: 'entity', decision: made.kind, target: made.target, focusBefore: shownAs !== id ? this.store.state.focus : undefined }, made.id);
    this.madeHere.set(shownAs, new Set([...(this.madeHere.get(id) ?? []), made.target]));
    if (shownAs !== id) this.store.update({ focus: this.store.state.focus.map((f) => (f === id ? shownAs : f)) });
    await this.graph.reload();
    const labelOf = (other: string) => this.cy.getElementById(other).data('label');
    const again = this.cy.getElementById(shownAs).nonempty() ? this.cy.getElementById(shownAs) : this.cy.elements().filter((e) => correctionTarget(e.data(), labelOf) === targets[0]);
    if (again.nonempty()) return this.host.explorer().view.select(again.first().id());
    // it left the graph: the panel keeps its log, with the new entry
    byId('tab-evidence').replaceChildren(h('p', { role: 'status', class: 'corrected' }, t('corrected', { what: kindLabel(made.kind) })), auditLog(targets));
  }

  private async focusOn(ids: string[], reload: boolean): Promise<void> {
    if (!ids.length) return;
    await this.host.explorer().settled();
    if (!reload && ids.join() === this.store.state.focus.join() && this.cy.nodes().nonempty()) return;
    this.store.update({ focus: ids, sel: null });
    await this.host.explorer().land(ids);
    this.host.afterChange();
  }

  private async showItem(item: QueueItem, reload: boolean): Promise<void> {
    const focus = graphFocus(item);
    await this.focusOn(focus.ids, reload);
    markReviewed(this.cy, focus);
  }
}
