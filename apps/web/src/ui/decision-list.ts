import type { DecisionTrail } from '../state/decision-trail';
import { t } from '../i18n/i18n';
import { h } from './dom';
import { decisionLabel } from './review-labels';

/** The decisions taken since signing in, newest first; undone ones struck through. */
export function decisionList(trail: DecisionTrail): HTMLElement {
  const items = [...trail.entries].reverse().map((e) => h('li', { class: e.undone ? 'undone' : null, 'data-decision': e.what.decision },
    decisionLabel(e.what), e.undone ? h('span', { class: 'muted' }, ` (${t('undone')})`) : null));
  return h('section', { class: 'review-trail', 'aria-labelledby': 'review-trail-title' },
    h('h3', { id: 'review-trail-title' }, t('trail')),
    items.length ? h('ol', { id: 'review-trail', reversed: true }, ...items) : h('p', { class: 'muted' }, t('trailNone')));
}
