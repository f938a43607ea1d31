import { getDocument } from '../api/document-cache';
import { segmentText, Span } from '../graph/highlight';
import { t } from '../i18n/i18n';
import { h, errorBox } from './dom';

function mentionClass(type: string): string {
  return `m-${type.toLowerCase()}`;
}

/** The whole document, every mention coloured by type and the chosen span outlined. */
export async function renderDocument(root: HTMLElement, id: string | null, focus: { start: number; end: number } | null): Promise<void> {
  if (!id) return void root.replaceChildren(h('p', { class: 'muted' }, t('docHint')));
  root.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  try {
    const doc = await getDocument(id);
    const spans: Span[] = doc.mentions.map((m) => ({ start: m.start, end: m.end, cls: mentionClass(m.type) }));
    if (focus) spans.unshift({ ...focus, cls: 'focus' });
    const body = h('div', { class: 'doc-text' }, ...segmentText(doc.text, spans).map((s) =>
      s.cls ? h('mark', { class: s.cls, 'data-start': s.start }, s.text) : s.text,
    ));
    const legend = h('p', { class: 'muted' }, `${t('mentions')}: ${doc.mentions.length} · `,
      ...['slogan', 'project', 'place', 'outcome'].map((k) => h('mark', { class: `m-${k}` }, t(k === 'place' ? 'street' : (k as 'slogan')))));
    root.replaceChildren(h('h2', {}, doc.title ?? doc.file), h('p', { class: 'muted' }, [doc.date ?? doc.year ?? '', doc.file].join(' · ')), legend, body);
    body.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    root.replaceChildren(errorBox((e as Error).message));
  }
}
