import { correct, mergeCandidates, type MergeCandidate, type MergeKind } from '../api/review';
import type { DecisionTrail } from '../state/decision-trail';
import { mergeKeeps, pairKey } from '../state/merge-pair';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from './dom';
import type { ReviewGraph } from './review-graph';
import type { ReviewAction } from './review-keys';
import { reasonLabel } from './review-labels';
import { decisionButtons } from './tie-card';

const LIMIT = 100;
const KINDS: readonly MergeKind[] = ['SLOGAN', 'PROJECT'];

interface Direction {
  from: string;
  into: string;
  fromId: string;
  intoId: string;
}

/** Merge candidates (slogans or projects) side by side: merge one into the other, tell them apart, or skip. */
export class MergeReview {
  readonly root = h('div', { class: 'review-merges' });
  private kind: MergeKind = 'SLOGAN';
  private pairs: MergeCandidate[] = [];
  private readonly skipped = new Set<string>();
  private swapped = false;

  constructor(
    private readonly trail: DecisionTrail,
    private readonly graph: ReviewGraph,
    private readonly act: (a: ReviewAction) => void,
    private readonly guard: (work: () => Promise<void>) => Promise<void>,
  ) {}

  async refresh(): Promise<void> {
    // a pair kept apart is no longer among the candidates: the API leaves it out for everyone
    this.pairs = (await mergeCandidates(this.kind, LIMIT)).filter((p) => !this.skipped.has(pairKey(p.aId, p.bId)));
    this.swapped = false;
    this.render();
  }

  /** After a merge was reverted: its kind's candidates again, the pair among them. */
  putBack(kind: MergeKind): Promise<void> {
    this.kind = kind;
    return this.refresh();
  }

  private get current(): MergeCandidate | null {
    return this.pairs[0] ?? null;
  }

  private direction(pair: MergeCandidate): Direction {
    const keepA = (mergeKeeps(pair) === 'a') !== this.swapped;
    return keepA ? { from: pair.b, into: pair.a, fromId: pair.bId, intoId: pair.aId } : { from: pair.a, into: pair.b, fromId: pair.aId, intoId: pair.bId };
  }

  async decide(decision: 'merge' | 'distinct' | 'skip'): Promise<void> {
    const pair = this.current;
    if (!pair) return;
    const kind = this.kind;
    if (decision === 'merge') {
      const { from, into, fromId, intoId } = this.direction(pair);
      const made = await correct({ kind: kind === 'SLOGAN' ? 'MERGE_SLOGANS' : 'MERGE_PROJECTS', from: fromId, into: intoId });
      this.trail.add({ on: 'merge', kind, decision, pair, from, into }, made.id);
      await this.refresh();
      return this.graph.showEntity(intoId);
    }
    if (decision === 'distinct') {
      const made = await correct({ kind: 'KEEP_APART', entity: kind === 'SLOGAN' ? 'slogan' : 'project', a: pair.aId, b: pair.bId });
      this.trail.add({ on: 'merge', kind, decision, pair }, made.id);
      return this.refresh();
    }
    this.skipped.add(pairKey(pair.aId, pair.bId));
    this.trail.add({ on: 'merge', kind, decision, pair }, null);
    this.pairs.shift();
    this.swapped = false;
    this.render();
  }

  private kindPicker(): HTMLElement {
    const select = h('select', { id: 'merge-kind', 'aria-label': t('mergeKind') }, ...KINDS.map((k) =>
      h('option', { value: k, selected: k === this.kind }, t(`merge${k}` as MessageKey))));
    select.addEventListener('change', () => {
      this.kind = select.value as MergeKind;
      select.blur();
      void this.guard(() => this.refresh());
    });
    return h('label', { class: 'review-kind' }, h('span', { class: 'sr-only' }, t('mergeKind')), select);
  }

  render(): void {
    const pair = this.current;
    const undo = { action: 'undo' as const, label: t('undoCorrection'), disabled: !this.trail.lastUndoable() };
    if (!pair) return void this.root.replaceChildren(this.kindPicker(), h('p', { id: 'merge-empty' }, t('mergeNone')), decisionButtons('merges', [undo], this.act));
    const { from, into, intoId } = this.direction(pair);
    const side = (name: string, id: string, documents: number) => h('div', { class: `merge-side${id === intoId ? ' merge-into' : ''}` },
      h('h3', { class: 'merge-name' }, name), h('p', { class: 'muted' }, t('documentsCount', { count: documents })));
    this.root.replaceChildren(this.kindPicker(), h('article', { id: 'merge-item', class: 'review-item', 'data-pair': pairKey(pair.aId, pair.bId) },
      h('p', { class: 'review-progress' }, t('mergeCount', { n: 1, total: this.pairs.length })),
      h('div', { class: 'merge-pair' }, side(pair.a, pair.aId, pair.documentsA), side(pair.b, pair.bId, pair.documentsB)),
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
