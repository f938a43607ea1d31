import type { CorrectionInput } from '../api/review';
import type { DocumentResult } from '../api/operations';
import { t } from '../i18n/i18n';
import { h } from './dom';

/** A reviewer's corrections of a document: its title, year and subject (the place it is about). */
export function documentEdits(doc: DocumentResult, record: (input: CorrectionInput) => Promise<void>): HTMLElement {
  const field = (id: string, label: string, value: string, type = 'text') =>
    h('label', { class: 'row' }, h('span', {}, label), h('input', { id, type, value, autocomplete: 'off' }));
  const subject = doc.subjects?.[0]?.name ?? '';
  const form = h('form', { class: 'doc-edits', onsubmit: (e: Event) => {
    e.preventDefault();
    const read = (id: string) => (form.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
    const input: CorrectionInput = { kind: 'SET_DOCUMENT', document: doc.id };
    if (read('doc-edit-title') && read('doc-edit-title') !== (doc.title ?? '')) input.title = read('doc-edit-title');
    if (/^\d{4}$/.test(read('doc-edit-year')) && Number(read('doc-edit-year')) !== doc.year) input.year = Number(read('doc-edit-year'));
    if (read('doc-edit-subject') && read('doc-edit-subject') !== subject) input.subject = read('doc-edit-subject');
    if (Object.keys(input).length > 2) void record(input);
  } },
  field('doc-edit-title', t('docTitle'), doc.title ?? ''),
  field('doc-edit-year', t('year'), doc.year?.toString() ?? '', 'number'),
  field('doc-edit-subject', t('docSubject'), subject),
  h('button', { type: 'submit', class: 'edit', id: 'doc-edit-save' }, t('save')));
  return h('details', { class: 'edits' }, h('summary', {}, t('editDocument')), form);
}
