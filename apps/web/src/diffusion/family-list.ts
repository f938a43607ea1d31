import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { VariantFamily } from './diffusion-api';

/**
 * The slogan's family: its campaign and the variants reviewers accepted, each marked as which it
 * is with its own adopters, and the family's adopters counted once (a body using two members is one).
 */
export function familyList(family: VariantFamily, shownId: string): HTMLElement {
  const variants = family.members.filter((m) => m.role === 'variant');
  if (!variants.length) return h('div', { class: 'variant-family' }, h('h3', {}, t('familyTitle')), h('p', { class: 'muted' }, t('familyNone')));
  const items = family.members.map((m) =>
    h('li', { class: `family-member ${m.role}`, 'data-slogan': m.slogan.id, 'data-role': m.role },
      h('span', { class: 'family-name' }, m.slogan.name),
      h('span', { class: 'badge' }, t(m.role === 'campaign' ? 'familyCampaign' : 'familyVariant')),
      h('span', { class: 'family-count' }, t('familyAdopters', { count: m.adopters })),
      m.firstYear !== null ? h('span', { class: 'muted' }, t('familyFirst', { year: m.firstYear })) : '',
      m.slogan.id === shownId ? h('span', { class: 'muted' }, t('familyShown')) : ''));
  return h('div', { class: 'variant-family' },
    h('h3', {}, t('familyTitle')),
    h('ul', {}, ...items),
    h('p', { class: 'family-total' }, t('familyTogether', { count: family.adopters }) + (family.firstYear !== null ? ` · ${t('familyFirst', { year: family.firstYear })}` : '')));
}
