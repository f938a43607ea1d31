import { getDocument } from '../api/document-cache';
import type { DocumentResult, Mention } from '../api/operations';
import { segmentText, Segment, Span } from '../graph/highlight';
import { PAGE_BREAK } from '../graph/pages';
import { t } from '../i18n/i18n';
import type { Store } from '../state/store';
import type { DocSpan, ViewState } from '../state/url-state';
import { h, errorBox } from './dom';

function mentionClass(type: string): string {
  return `m-${type.toLowerCase()}`;
}

/** The span to outline: the one the link names, else the first mention of the picked entity. */
export function focusOf(mentions: readonly Mention[], textLength: number, span: DocSpan | null, mention: string | null): DocSpan | null {
  if (span && span.end <= textLength) return span;
  const first = mention ? mentions.filter((m) => m.entityId === mention).sort((a, b) => a.start - b.start)[0] : undefined;
  return first ? { start: first.start, end: first.end } : null;
}

export interface MarkedSegment extends Segment {
  /** The mention this segment draws whole (same start and end), which a click picks. */
  mention?: Mention;
}

/** The text cut into plain and marked segments, each marked one carrying the mention it draws. */
export function markSegments(text: string, mentions: readonly Mention[], outline: DocSpan | null): MarkedSegment[] {
  // Mentions can share a start (全域 inside 全域美丽): only start and end together name one.
  const byRange = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const spans: Span[] = mentions.map((m) => ({ start: m.start, end: m.end, cls: mentionClass(m.type) }));
  if (outline) spans.unshift({ ...outline, cls: 'focus' });
  return segmentText(text, spans).map((s) => (s.cls ? { ...s, mention: byRange.get(`${s.start}:${s.start + s.text.length}`) } : s));
}

export interface DocumentFocus {
  span: DocSpan | null;
  mention: string | null;
  /** center: scroll the outlined span to the middle (a link, an evidence); keep: leave the scroll where it is (a click in the text). */
  scroll: 'center' | 'keep';
}

/** The whole document, every mention coloured by type and the chosen span outlined; a click on a mention picks it. */
/** Sections shown under a document's heading (its corrections log, a reviewer's edits). */
export type DocumentExtras = (doc: DocumentResult) => HTMLElement[];

export async function renderDocument(root: HTMLElement, id: string | null, focus: DocumentFocus, onPick: (span: DocSpan, mention: string) => void, extras?: DocumentExtras): Promise<void> {
  const token = String(Math.random());
  root.dataset.token = token;
  if (!id) return void root.replaceChildren(h('p', { class: 'muted' }, t('docHint')));
  const scrollTop = root.scrollTop;
  if (focus.scroll === 'center') root.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  try {
    const doc = await getDocument(id);
    if (root.dataset.token !== token) return;
    const outline = focusOf(doc.mentions, doc.text.length, focus.span, focus.mention);
    let page = 1;
    // a page break is drawn as a rule labelled with the page it opens; the form feed stays in the
    // element (the label is CSS content), so the text nodes still add up to the text a selection counts in
    const withBreaks = (text: string) =>
      text.split(PAGE_BREAK).flatMap((part, i) => (i ? [h('span', { class: 'page-break', 'data-page': ++page, 'data-label': t('pageShort', { n: page }) }, PAGE_BREAK), part] : [part]));
    const body = h('div', { class: 'doc-text' }, ...markSegments(doc.text, doc.mentions, outline).flatMap((s) => {
      if (!s.cls) return withBreaks(s.text);
      const picked = s.mention;
      return h('mark', { class: s.cls, 'data-start': s.start, 'data-end': s.start + s.text.length, 'data-entity': picked?.entityId, title: picked?.name, style: picked && 'cursor: pointer' }, s.text);
    }));
    body.addEventListener('click', (e) => {
      const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-entity]');
      if (mark) onPick({ start: Number(mark.dataset.start), end: Number(mark.dataset.end) }, mark.dataset.entity as string);
    });
    const legend = h('p', { class: 'muted' }, `${t('mentions')}: ${doc.mentions.length} · `,
      ...['slogan', 'project', 'place', 'outcome'].map((k) => h('mark', { class: `m-${k}` }, t(k === 'place' ? 'street' : (k as 'slogan')))));
    const pages = doc.pageCount ? [t('pageCount', { n: doc.pageCount }), ...(doc.ocrPages?.length ? [t('ocrPages', { pages: doc.ocrPages.join(', ') })] : [])] : [];
    const about = h('p', { class: 'muted doc-about' }, [doc.date ?? doc.year ?? '', doc.file, ...pages].join(' · '));
    root.replaceChildren(h('h2', {}, doc.title ?? doc.file), about, ...(extras?.(doc) ?? []), legend, body);
    if (focus.scroll === 'keep') root.scrollTop = scrollTop;
    body.querySelector('mark.focus')?.scrollIntoView({ block: focus.scroll === 'center' ? 'center' : 'nearest' });
  } catch (e) {
    if (root.dataset.token === token) root.replaceChildren(errorBox((e as Error).message));
  }
}

/**
 * Keeps the document tab in step with the view state: doc, span and mention come from the
 * address, a picked mention goes back to it, and opening another document drops the old span.
 */
export function bindDocumentView(root: HTMLElement, store: Store, extras?: DocumentExtras): () => void {
  let picking = false;
  const pick = (span: DocSpan, mention: string) => {
    picking = true;
    store.update({ span, mention });
    picking = false;
  };
  store.subscribe((s: ViewState, prev: ViewState) => {
    // Another document without a span of its own (a search hit) must not inherit the last one's.
    const switched = s.doc !== null && prev.doc !== null && s.doc !== prev.doc;
    const stale = switched && s.span === prev.span && s.mention === prev.mention && (s.span !== null || s.mention !== null);
    if (stale) queueMicrotask(() => store.update({ span: null, mention: null }));
    const opened = s.tab === 'document' && prev.tab !== 'document';
    if (s.doc === prev.doc && !opened && s.span === prev.span && s.mention === prev.mention) return;
    const focus = stale ? { span: null, mention: null } : { span: s.span, mention: s.mention };
    void renderDocument(root, s.doc, { ...focus, scroll: picking ? 'keep' : 'center' }, pick, extras);
  });
  // drawn again where it is (after a correction of the document)
  return () => void renderDocument(root, store.state.doc, { span: store.state.span, mention: store.state.mention, scroll: 'keep' }, pick, extras);
}
