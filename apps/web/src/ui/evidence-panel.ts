import type { Core } from 'cytoscape';
import { GraphElement, ElementData, isEdge } from '../graph/types';
import { evidenceRefs, sentenceAround, EvidenceRef, narrowSpan, isRunningText } from '../graph/evidence';
import { pageOf } from '../graph/pages';
import { getDocument } from '../api/document-cache';
import { currentLang, t } from '../i18n/i18n';
import { propertyName, propertyValue } from '../i18n/property-labels';
import { h, errorBox } from './dom';
import { nodeKind } from '../graph/elements';

export interface EvidenceActions {
  openDocument(id: string, start: number | null, end: number | null): void;
  select(id: string): void;
  /** Sections shown below the evidence (the corrections log, a reviewer's edits). */
  extras?(el: GraphElement): HTMLElement[];
}

const HIDDEN_PROPS = new Set(['id', 'label', 'source', 'target', 'properties', 'kind', 'evidence', 'text']);

function props(data: ElementData): HTMLElement {
  const all = { ...((data.properties ?? {}) as Record<string, unknown>), ...data };
  const rows = Object.entries(all).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== undefined && v !== '');
  const lang = currentLang();
  return h('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [h('dt', { 'data-key': k }, propertyName(k, lang)), h('dd', {}, propertyValue(k, v, lang))]));
}

interface ShownSentence {
  before: string;
  span: string;
  after: string;
  documentId: string | null;
  start: number | null;
  end: number | null;
  /** 《title》 year of the document, shown beside the sentence. */
  source: string | null;
  /** the page it is on, in a document with pages */
  page: number | null;
}

// The sentence behind a reference: a span narrowed to one sentence when it is a section; for an entity
// named in a document, its first mention in running text rather than in a heading or the page's chrome.
async function sentenceFor(ref: EvidenceRef, mentionOf: string | null, names: readonly string[]): Promise<ShownSentence | null> {
  let { start, end } = ref;
  if (ref.documentId && (start === null || end === null) && mentionOf) {
    const doc = await getDocument(ref.documentId);
    const mentions = doc.mentions.filter((x) => x.entityId === mentionOf);
    const m = mentions.find((x) => isRunningText(doc.text, x.start, x.end)) ?? mentions[0];
    if (m) ({ start, end } = m);
  }
  if (ref.documentId && start !== null && end !== null) {
    const doc = await getDocument(ref.documentId);
    const narrow = narrowSpan(doc.text, start, end, names);
    const source = `《${doc.title ?? doc.file}》${doc.year ? ` ${doc.year}` : ''}`;
    return { ...sentenceAround(doc.text, narrow.start, narrow.end), documentId: ref.documentId, start: narrow.start, end: narrow.end, source, page: pageOf(doc, narrow.start) };
  }
  if (!ref.text) return null;
  const narrow = narrowSpan(ref.text, 0, ref.text.length, names);
  const text = narrow.end - narrow.start < ref.text.length ? sentenceAround(ref.text, narrow.start, narrow.end) : { before: '', span: ref.text, after: '' };
  return { ...text, documentId: ref.documentId, start, end, source: null, page: null };
}

/** Evidence of an element itself plus, for a node, that of the relationships touching it; each with the names its sentence should hold. */
function refsFor(cy: Core, el: GraphElement, names: string[]): { ref: EvidenceRef; mentionOf: string | null; names: string[] }[] {
  const own = evidenceRefs(el.data).map((ref) => ({ ref, mentionOf: isEdge(el) ? (el.data.target as string) : el.data.id, names }));
  if (isEdge(el)) return own;
  const viaEdges = cy.getElementById(el.data.id).connectedEdges().toArray().flatMap((e) => {
    const other = e.source().id() === el.data.id ? e.target() : e.source();
    return evidenceRefs(e.data()).map((ref) => ({ ref, mentionOf: el.data.id, names: [...names, String(other.data('label'))] }));
  });
  return [...own, ...viaEdges].slice(0, 8);
}

function connections(cy: Core, id: string, actions: EvidenceActions): HTMLElement {
  const edges = cy.getElementById(id).connectedEdges().toArray().slice(0, 60);
  return h('ul', { class: 'links' }, ...edges.map((e) => {
    const label = `${e.source().data('label')} → ${e.target().data('label')} (${e.data('label') ?? e.data('type')})`;
    return h('li', {}, h('button', { type: 'button', onclick: () => actions.select(e.id()) }, label));
  }));
}

/** The span's text with the names of the entities involved in bold. */
export function emphasise(span: string, names: string[]): (string | HTMLElement)[] {
  if (!names.length) return [span];
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return span.split(new RegExp(`(${escaped.join('|')})`, 'g')).filter(Boolean).map((part) => (names.includes(part) ? h('strong', {}, part) : part));
}

export async function renderEvidence(root: HTMLElement, cy: Core, el: GraphElement | null, actions: EvidenceActions): Promise<void> {
  if (!el) return void root.replaceChildren(h('p', { class: 'muted' }, t('selectHint')));
  const d = el.data;
  const title = isEdge(el)
    ? `${cy.getElementById(d.source as string).data('label')} → ${cy.getElementById(d.target as string).data('label')}`
    : String(d.label);
  const kind = isEdge(el) ? String(d.type) : t(nodeKind(d));
  const list = h('div', { class: 'evidence-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('loading')));
  root.replaceChildren(h('h2', { class: 'ev-title' }, title), h('p', { class: 'muted' }, kind), list, ...(actions.extras?.(el) ?? []),
    h('h3', { 'data-i18n': 'properties' }, t('properties')), props(d), ...(isEdge(el) ? [] : [h('h3', { 'data-i18n': 'connections' }, t('connections')), connections(cy, d.id, actions)]));
  const names = [d.label, d.source && cy.getElementById(d.source as string).data('label'), d.target && cy.getElementById(d.target as string).data('label')]
    .filter((n): n is string => typeof n === 'string' && n.length > 1 && n.length < 20);
  const token = String(Math.random());
  root.dataset.token = token;
  try {
    const all = (await Promise.all(refsFor(cy, el, names).map((r) => sentenceFor(r.ref, r.mentionOf, r.names)))).filter((x) => x !== null);
    const found = all.filter((s, i) => all.findIndex((o) => o.documentId === s.documentId && o.start === s.start && o.span === s.span) === i);
    if (root.dataset.token !== token) return;
    list.replaceChildren(...(found.length ? found.map((s) => h('div', {},
      h('p', { class: 'sentence' }, s.before, h('mark', { class: 'focus' }, ...emphasise(s.span, names)), s.after),
      s.source ? h('span', { class: 'source' }, s.source, ' ') : null,
      s.page ? h('span', { class: 'page-ref' }, t('pageShort', { n: s.page }), ' ') : null,
      s.documentId ? h('button', { type: 'button', class: 'open-doc', 'data-i18n': 'openDocument', onclick: () => actions.openDocument(s.documentId as string, s.start, s.end) }, t('openDocument')) : null,
    )) : [h('p', { class: 'muted' }, t('noEvidence'))]));
  } catch (e) {
    list.replaceChildren(errorBox((e as Error).message));
  }
}
