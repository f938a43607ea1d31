import { correct, mergeCandidates, type MergeCandidate } from '../api/review';
import type { DecisionTrail } from '../state/decision-trail';
import { distinctPairs, markDistinct, mergeDirection, pairKey } from '../state/distinct-pairs';
import { t } from '../i18n/i18n';
import { h } from './dom';
import type { ReviewGraph } from './review-graph';
import type { ReviewAction } from './review-keys';
import { reasonLabel } from './review-labels';
import { decisionButtons } from './tie-card';

const LIMIT = 100;

/** Merge candidates side by side: merge one into the other, tell them apart, or skip. */
export class MergeReview {
  readonly root = h('div', { class: 'review-merges' });
  private pairs: MergeCandidate[] = [];
  private readonly skipped = new Set<string>();
  private swapped = false;

  constructor(
    private readonly trail: DecisionTrail,
    private readonly graph: ReviewGraph,
    private readonly act: (a: ReviewAction) => void,
  ) {}

  async refresh(): Promise<void> {
    const distinct = distinctPairs();
    this.pairs = (await mergeCandidates(LIMIT)).filter((p) => !distinct.has(pairKey(p.a, p.b)) && !this.skipped.has(pairKey(p.a, p.b)));
    this.swapped = false;
    this.render();
  }

  private get current(): MergeCandidate | null {
    return this.pairs[0] ?? null;
  }

  private direction(pair: MergeCandidate): { from: string; into: string } {
    const d = mergeDirection(pair);
    return this.swapped ? { from: d.into, into: d.from } : d;
  }

  async decide(decision: 'merge' | 'distinct' | 'skip'): Promise<void> {
    const pair = this.current;
    if (!pair) return;
    if (decision === 'merge') {
      const { from, into } = this.direction(pair);
      const made = await correct({ kind: 'MERGE_SLOGANS', from, into });
      this.trail.add({ on: 'merge', decision, pair, from, into }, made.id);
      await this.refresh();
      return this.graph.showSlogan(into);
    }
    if (decision === 'distinct') markDistinct(pair.a, pair.b);
    else this.skipped.add(pairKey(pair.a, pair.b));
    this.trail.add({ on: 'merge', decision, pair }, null);
    this.pairs.shift();
    this.swapped = false;
    this.render();
  }

  render(): void {
    const pair = this.current;
    const undo = { action: 'undo' as const, label: t('undoCorrection'), disabled: !this.trail.lastUndoable() };
    if (!pair) return void this.root.replaceChildren(h('p', { id: 'merge-empty' }, t('mergeNone')), decisionButtons('merges', [undo], this.act));
    const { from, into } = this.direction(pair);
    const side = (name: string, documents: number) => h('div', { class: `merge-side${name === into ? ' merge-into' : ''}` },
      h('h3', { class: 'merge-name' }, name), h('p', { class: 'muted' }, t('documentsCount', { count: documents })));
    this.root.replaceChildren(h('article', { id: 'merge-item', class: 'review-item', 'data-pair': pairKey(pair.a, pair.b) },
      h('p', { class: 'review-progress' }, t('mergeCount', { n: 1, total: this.pairs.length })),
      h('div', { class: 'merge-pair' }, side(pair.a, pair.documentsA), side(pair.b, pair.documentsB)),
      h('ul', { class: 'merge-reasons' }, ...pair.reasons.map((r) => h('li', {}, reasonLabel(r)))),
      h('p', { class: 'merge-direction' }, t('mergeInto', { from, into }), ' ',
        h('button', { type: 'button', id: 'merge-swap', onclick: () => {
          this.swapped = !this.swapped;
          this.render();
        } }, t('swapMerge'))),
      decisionButtons('merges', [
        { action: 'merge', label: t('merge') },
        { action: 'distinct', label: t('notSame') },
        { action: 'skip', label: t('skip') },
        undo,
      ], this.act),
      h('p', { class: 'muted' }, t('mergeKeys'))));
  }
}
