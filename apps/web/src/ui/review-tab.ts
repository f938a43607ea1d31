import { revertCorrection } from '../api/review';
import { Store } from '../state/store';
import { ViewerState } from '../state/viewer';
import { DecisionTrail } from '../state/decision-trail';
import { t } from '../i18n/i18n';
import { h, byId, errorBox } from './dom';
import { decisionList } from './decision-list';
import { MergeReview } from './merge-review';
import type { ReviewGraph } from './review-graph';
import { reviewAction, type ReviewAction, type ReviewMode } from './review-keys';
import { QueueReview } from './queue-review';

/**
 * The Review tab, for reviewers only: the review queues and the merge candidates, one key per
 * decision, undo of the last correction, and the decisions taken so far. Readers never see it.
 */
export class ReviewTab {
  private readonly root = byId('tab-review');
  private readonly button = byId('tabbtn-review');
  private mode: ReviewMode = 'ties';
  private busy = false;
  private started = false;
  private readonly ties: QueueReview;
  private readonly merges: MergeReview;
  private readonly modes = h('div', { class: 'review-modes', role: 'group' });
  private readonly trailBox = h('div');
  private readonly note = h('div', { class: 'review-note', 'aria-live': 'polite' });

  constructor(
    private readonly store: Store,
    private readonly viewer: ViewerState,
    private readonly trail: DecisionTrail,
    private readonly graph: ReviewGraph,
  ) {
    const act = (a: ReviewAction) => void this.run(a);
    const guard = (work: () => Promise<void>) => this.guard(work);
    this.ties = new QueueReview(trail, graph, act, guard);
    this.merges = new MergeReview(trail, graph, act, guard);
    this.trail.onChange(() => this.trailBox.replaceChildren(decisionList(this.trail)));
    viewer.subscribe(() => this.follow());
    store.subscribe((s, prev) => {
      if (s.tab !== prev.tab) this.follow();
    });
    document.addEventListener('keydown', (e) => {
      if (this.store.state.tab !== 'review' || !this.viewer.reviewer) return;
      const action = reviewAction(this.mode, e);
      if (!action) return;
      e.preventDefault();
      void this.run(action);
    });
    this.follow();
  }

  /** Shows the tab to reviewers only, and starts the queue the first time it is opened. */
  private follow(): void {
    const reviewer = this.viewer.reviewer;
    this.button.hidden = !reviewer;
    if (!reviewer) {
      this.root.replaceChildren();
      this.started = false;
      if (this.viewer.known && this.store.state.tab === 'review') this.store.update({ tab: 'evidence' });
      return;
    }
    if (this.store.state.tab === 'review' && !this.started) {
      this.started = true;
      this.layout();
      void this.guard(() => this.ties.refresh(false));
    }
  }

  relabel(): void {
    if (!this.started) return;
    this.layout();
    this.current().render();
    this.trailBox.replaceChildren(decisionList(this.trail));
  }

  private current(): QueueReview | MergeReview {
    return this.mode === 'ties' ? this.ties : this.merges;
  }

  private layout(): void {
    const modeButton = (mode: ReviewMode, label: string) => h('button', { type: 'button', id: `review-mode-${mode}`, 'aria-pressed': String(this.mode === mode), onclick: () => void this.switchTo(mode) }, label);
    this.modes.replaceChildren(modeButton('ties', t('reviewTies')), modeButton('merges', t('reviewMerges')));
    this.ties.root.hidden = this.mode !== 'ties';
    this.merges.root.hidden = this.mode !== 'merges';
    this.trailBox.replaceChildren(decisionList(this.trail));
    this.root.replaceChildren(this.modes, this.note, this.ties.root, this.merges.root, this.trailBox);
  }

  private async switchTo(mode: ReviewMode): Promise<void> {
    if (mode === this.mode) return;
    this.mode = mode;
    this.layout();
    await this.guard(() => (mode === 'ties' ? this.ties.refresh(false) : this.merges.refresh()));
  }

  private run(action: ReviewAction): Promise<void> {
    return this.guard(async () => {
      if (action === 'undo') return this.undo();
      if (this.mode === 'ties' && (action === 'accept' || action === 'reject' || action === 'skip')) return this.ties.decide(action);
      if (this.mode === 'merges' && (action === 'merge' || action === 'distinct' || action === 'skip')) return this.merges.decide(action);
    });
  }

  /** Reverts the newest correction taken here and shows again what it was about. */
  private async undo(): Promise<void> {
    const last = this.trail.lastUndoable();
    if (!last?.correctionId) return;
    await revertCorrection(last.correctionId, null);
    this.trail.markUndone(last);
    if (last.what.on === 'queue') {
      if (this.mode !== 'ties') await this.switchTo('ties');
      await this.ties.putBack(last.what.item);
    } else if (last.what.on === 'merge') {
      if (this.mode !== 'merges') await this.switchTo('merges');
      await this.merges.putBack(last.what.kind);
    } else {
      await this.graph.reload(last.what.focusBefore);
    }
    this.current().render();
  }

  /** One decision at a time: keys pressed while one is being recorded are ignored, not queued. */
  private async guard(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.setAttribute('aria-busy', 'true');
    this.note.replaceChildren(h('p', { class: 'muted' }, t('working')));
    this.root.querySelectorAll<HTMLButtonElement>('button.decide').forEach((b) => (b.disabled = true));
    try {
      await work();
      this.note.replaceChildren();
    } catch (e) {
      this.note.replaceChildren(errorBox((e as Error).message));
      this.current().render();
    } finally {
      this.busy = false;
      this.root.setAttribute('aria-busy', 'false');
    }
  }
}
