import { correct, reviewQueue, type QueueItem } from '../api/review';
import { getDocument } from '../api/document-cache';
import type { DocumentResult } from '../api/operations';
import { sloganIdOf } from '../graph/correction-target';
import { ReviewWalk } from '../state/review-walk';
import type { DecisionTrail } from '../state/decision-trail';
import { t } from '../i18n/i18n';
import { h } from './dom';
import type { ReviewGraph } from './review-graph';
import type { ReviewAction } from './review-keys';
import { decisionButtons, tieCard } from './tie-card';

/** The FULFILS queue, one tie at a time: accept, reject or skip it; the graph follows the tie on screen. */
export class TieReview {
  readonly root = h('div', { class: 'review-ties' });
  private readonly walk = new ReviewWalk();
  private doc: DocumentResult | null = null;

  constructor(
    private readonly trail: DecisionTrail,
    private readonly graph: ReviewGraph,
    private readonly act: (a: ReviewAction) => void,
  ) {}

  /** Reads the queue again and shows its first tie; `reload` also reads the graph again. */
  async refresh(reload: boolean): Promise<void> {
    this.walk.load(await reviewQueue(this.walk.fetchLimit));
    await this.show(reload);
  }

  async decide(decision: 'accept' | 'reject' | 'skip'): Promise<void> {
    const item = this.walk.current;
    if (!item) return;
    if (decision === 'skip') {
      this.trail.add({ on: 'tie', decision, item }, null);
      this.walk.leave(item, true);
      return this.show(false);
    }
    const kind = decision === 'accept' ? 'ACCEPT_FULFILS' : 'REJECT_FULFILS';
    const made = await correct({ kind, project: item.project, slogan: sloganIdOf(item.target) });
    this.trail.add({ on: 'tie', decision, item }, made.id);
    this.walk.leave(item, false);
    // the graph is read again even when the next tie has the same slogan: a rejected tie must leave it
    await this.refresh(true);
  }

  /** After its correction was reverted: the tie is back on the queue and on screen. */
  async putBack(item: QueueItem): Promise<void> {
    this.walk.putBack(item);
    await this.refresh(true);
  }

  private async show(reload: boolean): Promise<void> {
    const item = this.walk.current;
    this.doc = item ? await getDocument(item.documentId).catch(() => null) : null;
    this.render();
    if (item) await this.graph.showTie(item, reload);
    else if (reload) await this.graph.reload();
  }

  render(): void {
    const item = this.walk.current;
    const { accepted, rejected, skipped } = this.trail.counts();
    const left = this.walk.left();
    const progress = t('reviewProgress', { accepted, rejected, skipped, left: `${left.count}${left.more ? '+' : ''}` });
    const undo = { action: 'undo' as const, label: t('undoCorrection'), disabled: !this.trail.lastUndoable() };
    if (!item) {
      return void this.root.replaceChildren(h('p', { class: 'review-progress', id: 'review-progress' }, progress),
        h('p', { id: 'review-empty' }, t('reviewDone')), decisionButtons('ties', [undo], this.act));
    }
    const buttons = decisionButtons('ties', [
      { action: 'accept', label: t('accept') },
      { action: 'reject', label: t('reject') },
      { action: 'skip', label: t('skip') },
      undo,
    ], this.act);
    this.root.replaceChildren(tieCard({ item, doc: this.doc, progress, buttons, openDocument: () => this.graph.openDocument(item.documentId, item.start, item.end) }));
  }
}
