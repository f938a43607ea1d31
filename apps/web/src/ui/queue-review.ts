import { correct, reviewQueue, sloganAdopters, type QueueItem, type QueueKind } from '../api/review';
import { getDocument } from '../api/document-cache';
import type { DocumentResult } from '../api/operations';
import { decisionInput, QUEUE_KINDS, variantPair } from '../state/queue-kinds';
import { ReviewWalk } from '../state/review-walk';
import type { DecisionTrail } from '../state/decision-trail';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from './dom';
import type { ReviewGraph } from './review-graph';
import type { ReviewAction } from './review-keys';
import { decisionButtons, tieCard } from './tie-card';
import { variantFacts, type VariantAdopters } from './variant-facts';

// the earliest adopters a proposed variant shows of each side
const EARLIEST = 5;

/** A review queue (FULFILS ties, parts, slogans, projects or proposed variants), one fact at a time: accept, reject or skip it; the graph follows. */
export class QueueReview {
  readonly root = h('div', { class: 'review-ties' });
  private kind: QueueKind = 'FULFILS';
  // one walk per queue, so what was skipped in one stays skipped when coming back to it
  private readonly walks = new Map<QueueKind, ReviewWalk>();
  private doc: DocumentResult | null = null;
  private adopters: VariantAdopters | null = null;

  constructor(
    private readonly trail: DecisionTrail,
    private readonly graph: ReviewGraph,
    private readonly act: (a: ReviewAction) => void,
    private readonly guard: (work: () => Promise<void>) => Promise<void>,
  ) {}

  private walkOf(kind: QueueKind): ReviewWalk {
    let walk = this.walks.get(kind);
    if (!walk) this.walks.set(kind, (walk = new ReviewWalk(this.trail.skippedTargets())));
    return walk;
  }

  private get walk(): ReviewWalk {
    return this.walkOf(this.kind);
  }

  /** Reads the queue again and shows its first fact; `reload` also reads the graph again. */
  async refresh(reload: boolean): Promise<void> {
    this.walk.load(await reviewQueue(this.kind, this.walk.fetchLimit));
    await this.show(reload);
  }

  async decide(decision: 'accept' | 'reject' | 'skip'): Promise<void> {
    const item = this.walk.current;
    if (!item) return;
    if (decision === 'skip') {
      this.trail.add({ on: 'queue', decision, item }, null);
      this.walk.leave(item, true);
      return this.show(false);
    }
    const made = await correct(decisionInput(item, decision));
    this.trail.add({ on: 'queue', decision, item }, made.id);
    this.walk.leave(item, false);
    // the graph is read again even when the next fact is in the same neighbourhood: a rejected one must leave it
    await this.refresh(true);
  }

  /** After its correction was reverted: the fact is back on its queue and on screen. */
  async putBack(item: QueueItem): Promise<void> {
    this.kind = item.kind;
    this.walk.putBack(item);
    await this.refresh(true);
  }

  private async show(reload: boolean): Promise<void> {
    const item = this.walk.current;
    [this.doc, this.adopters] = item ? await Promise.all([getDocument(item.documentId).catch(() => null), this.adoptersOf(item)]) : [null, null];
    this.render();
    if (item) await this.graph.showItem(item, reload);
    else if (reload) await this.graph.reload();
  }

  // a proposed variant is weighed by who adopted each side
  private async adoptersOf(item: QueueItem): Promise<VariantAdopters | null> {
    if (item.kind !== 'VARIANT') return null;
    const { variant, of } = variantPair(item);
    // without them the card still shows the pair and why: the decision is not held up
    const read = (name: string) => sloganAdopters(name, EARLIEST).catch(() => null);
    const [a, b] = await Promise.all([read(variant), read(of)]);
    return { variant: a, of: b };
  }

  private kindPicker(): HTMLElement {
    const select = h('select', { id: 'review-kind', 'aria-label': t('queueKind') }, ...QUEUE_KINDS.map((k) =>
      h('option', { value: k, selected: k === this.kind }, t(`queue${k}` as MessageKey))));
    select.addEventListener('change', () => {
      this.kind = select.value as QueueKind;
      // back to the page, so the decision keys work at once
      select.blur();
      void this.guard(() => this.refresh(false));
    });
    return h('label', { class: 'review-kind' }, h('span', { class: 'sr-only' }, t('queueKind')), select);
  }

  render(): void {
    const item = this.walk.current;
    const { accepted, rejected, skipped } = this.trail.counts();
    const left = this.walk.left();
    const progress = t('reviewProgress', { accepted, rejected, skipped, left: `${left.count}${left.more ? '+' : ''}` });
    const undo = { action: 'undo' as const, label: t('undoCorrection'), disabled: !this.trail.lastUndoable() };
    if (!item) {
      return void this.root.replaceChildren(this.kindPicker(), h('p', { class: 'review-progress', id: 'review-progress' }, progress),
        h('p', { id: 'review-empty' }, t('reviewDone')), decisionButtons('ties', [undo], this.act));
    }
    const buttons = decisionButtons('ties', [
      { action: 'accept', label: t('accept') },
      { action: 'reject', label: t('reject') },
      { action: 'skip', label: t('skip') },
      undo,
    ], this.act);
    const details = item.kind === 'VARIANT' && this.adopters ? variantFacts(item, this.adopters) : null;
    this.root.replaceChildren(this.kindPicker(), tieCard({ item, doc: this.doc, progress, buttons, details, openDocument: () => this.graph.openDocument(item.documentId, item.start, item.end) }));
  }
}
