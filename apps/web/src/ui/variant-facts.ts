import type { QueueItem, SloganAdopters } from '../api/review';
import { t } from '../i18n/i18n';
import { h } from './dom';
import { reasonLabel } from './review-labels';

export interface VariantAdopters {
  variant: SloganAdopters | null;
  of: SloganAdopters | null;
}

function side(role: 'variant' | 'campaign', name: string, adopters: SloganAdopters | null): HTMLElement {
  const earliest = adopters?.first.map((a) => (a.firstYear === null ? a.name : `${a.name} (${a.firstYear})`)).join('、') ?? '';
  return h('div', { class: `merge-side variant-side ${role}`, 'data-role': role },
    h('span', { class: 'badge' }, t(role === 'campaign' ? 'familyCampaign' : 'variantProposed')),
    h('h3', { class: 'variant-name' }, name),
    h('p', { class: 'muted variant-adopters' }, adopters?.total ? t('familyAdopters', { count: adopters.total }) : t('variantNoAdopters')),
    earliest ? h('p', { class: 'muted variant-earliest' }, t('variantEarliest', { names: earliest })) : '');
}

/**
 * What a reviewer weighs for a proposed variant: the variant and the campaign side by side with the
 * bodies that adopted each (the earliest first), why the pair was proposed, and that accepting merges nothing.
 */
export function variantFacts(item: QueueItem, adopters: VariantAdopters): HTMLElement {
  const reasons = (item.reasons ?? []).map(reasonLabel).join(' · ');
  return h('div', { class: 'variant-facts' },
    h('div', { class: 'merge-pair' }, side('variant', item.variant ?? '', adopters.variant), side('campaign', item.of ?? '', adopters.of)),
    h('p', { class: 'variant-why' }, t('variantWhy', { reasons })),
    h('p', { class: 'muted' }, t('variantKept')));
}
