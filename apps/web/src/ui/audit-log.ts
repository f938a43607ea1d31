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

async function entries(targets: string[]): Promise<Correction[]> {
  const all = (await Promise.all(targets.map((target) => corrections(target)))).flat();
  return all.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Who corrected this element, how and when (the log's entries for its targets), oldest first. */
export function auditLog(targets: string[]): HTMLElement {
  const list = h('ol', { class: 'audit-log' }, h('li', { class: 'muted' }, t('loading')));
  void entries(targets).then(
    (rows) => list.replaceChildren(...(rows.length ? rows.map(entry) : [h('li', { class: 'muted' }, t('auditNone'))])),
    (e: Error) => list.replaceChildren(errorBox(e.message)),
  );
  return h('section', { class: 'audit', 'data-target': targets[0] }, h('h3', {}, t('auditLog')), list);
}
