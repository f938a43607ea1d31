import type { QueueItem } from '../api/review';
import type { DocumentResult } from '../api/operations';
import { sentenceAround } from '../graph/evidence';
import { pageOf } from '../graph/pages';
import { itemTitle } from '../state/queue-kinds';
import { t } from '../i18n/i18n';
import { h } from './dom';
import { emphasise } from './evidence-panel';
import { keyOf, type ReviewAction } from './review-keys';

export interface CardButton {
  action: ReviewAction;
  label: string;
  disabled?: boolean;
}

/** A decision button that shows its key: “Reject [R]”. */
export function decisionButtons(mode: 'ties' | 'merges', buttons: CardButton[], act: (a: ReviewAction) => void): HTMLElement {
  return h('div', { class: 'review-actions' }, ...buttons.map((b) => {
    const key = keyOf(mode, b.action);
    return h('button', { type: 'button', class: `decide decide-${b.action}`, 'data-action': b.action, disabled: !!b.disabled, 'aria-keyshortcuts': key, onclick: () => act(b.action) },
      b.label, key ? h('kbd', {}, key) : null);
  }));
}

/** The sentence of a queued fact, its span marked and the names in bold; the item's own text when the document cannot be read. */
function sentence(item: QueueItem, doc: DocumentResult | null, names: string[]): HTMLElement {
  const s = doc ? sentenceAround(doc.text, item.start, item.end) : { before: '', span: item.evidence, after: '' };
  return h('p', { class: 'sentence' }, s.before, h('mark', { class: 'focus' }, ...emphasise(s.span, names)), s.after);
}

export interface TieCardParts {
  item: QueueItem;
  doc: DocumentResult | null;
  progress: string;
  buttons: HTMLElement;
  /** What the kind adds below the title (a proposed variant's two sides and why). */
  details?: HTMLElement | null;
  openDocument(): void;
}

// "p. 3" when the document has pages
function pageRef(doc: DocumentResult | null, start: number): (HTMLElement | string)[] {
  const page = doc ? pageOf(doc, start) : null;
  return page ? [h('span', { class: 'page-ref' }, t('pageShort', { n: page })), ' '] : [];
}

/** One queued fact: a relationship (project → slogan, programme → part) or an entity, with its evidence. */
export function tieCard(p: TieCardParts): HTMLElement {
  const { item, doc } = p;
  const { a, rel, b } = itemTitle(item);
  const title = doc ? [doc.title ?? doc.file, doc.year].filter(Boolean).join(' · ') : item.documentId.slice(0, 12);
  const [classA, classB] = item.kind === 'FULFILS' ? ['tie-project', 'tie-slogan'] : ['item-a', 'item-b'];
  const heading = rel && b !== null
    ? [h('span', { class: classA }, a), h('span', { 'aria-hidden': 'true' }, ' → '), h('span', { class: 'sr-only' }, ` ${rel} `), h('span', { class: classB }, b)]
    : [h('span', { class: item.kind === 'PROJECT' ? 'tie-project' : 'tie-slogan' }, a)];
  return h('article', { id: 'review-item', class: 'review-item', 'data-target': item.target, 'data-kind': item.kind, 'data-project-id': item.projectId },
    h('p', { class: 'review-progress', id: 'review-progress' }, p.progress),
    h('h2', { class: 'review-tie' }, ...heading),
    h('p', { class: 'muted' }, `${rel ?? item.kind} · `, t('reviewFacts', { rule: item.rule ?? '—', confidence: item.confidence.toFixed(2), documents: item.documents })),
    p.details ?? '',
    sentence(item, doc, [a, b].filter((n): n is string => !!n)),
    h('p', { class: 'muted doc-ref' }, title, ' ', ...pageRef(doc, item.start), h('button', { type: 'button', class: 'open-doc', onclick: () => p.openDocument() }, t('openDocument'))),
    p.buttons,
    h('p', { class: 'muted' }, t('reviewKeys')));
}
