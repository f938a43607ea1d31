import { corrections, type Correction } from '../api/review';
import { t } from '../i18n/i18n';
import { h, errorBox } from './dom';
import { kindLabel } from './review-labels';

function entry(c: Correction): HTMLElement {
  const when = new Date(c.at).toLocaleString(document.documentElement.lang || undefined);
  return h('li', { class: 'audit-entry', 'data-kind': c.kind, 'data-status': c.status },
    h('strong', {}, kindLabel(c.kind)), ' · ', h('span', { class: 'audit-author' }, c.author), ' · ', h('time', { datetime: c.at }, when),
    c.reason ? h('span', { class: 'audit-reason' }, ` · ${c.reason}`) : null,
    c.status === 'reverted' ? h('span', { class: 'muted' }, ` (${t('statusReverted')})`) : null);
}

/** Who corrected this element, how and when (the log's entries for its target), oldest first. */
export function auditLog(target: string): HTMLElement {
  const list = h('ol', { class: 'audit-log' }, h('li', { class: 'muted' }, t('loading')));
  void corrections(target).then(
    (rows) => list.replaceChildren(...(rows.length ? rows.map(entry) : [h('li', { class: 'muted' }, t('auditNone'))])),
    (e: Error) => list.replaceChildren(errorBox(e.message)),
  );
  return h('section', { class: 'audit', 'data-target': target }, h('h3', {}, t('auditLog')), list);
}
