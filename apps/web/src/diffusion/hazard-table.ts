import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { Curve } from './diffusion-api';

/** A hazard as the table shows it: two decimals, a dash when no body at risk has a document that year. */
export const hazardText = (hazard: number | null): string => (hazard === null ? '—' : hazard.toFixed(2));

/**
 * The discrete-time hazard per year at one level: first adoptions over the bodies not adopted before
 * and with a document that year (only their adoption can be seen), the year of the slider marked.
 */
export function hazardTable(curve: Curve | undefined, levelName: string, year: number, firstAdoption: number): HTMLElement {
  const head = h('tr', {},
    h('th', { scope: 'col' }, t('axisYear')), h('th', { scope: 'col' }, t('hazardAdoptions')),
    h('th', { scope: 'col' }, t('hazardAtRisk')), h('th', { scope: 'col' }, t('hazardRate')));
  // from the year before the slogan's first adoption at any level: every hazard before it is 0
  const start = firstAdoption - 1;
  const all = curve?.points ?? [];
  const points = all.filter((p) => p.year >= start);
  const rows = points.map((p) =>
    h('tr', { 'data-year': p.year, class: p.year === year ? 'now' : '' },
      h('th', { scope: 'row' }, String(p.year)),
      h('td', { class: 'adoptions' }, String(p.adoptions)),
      h('td', { class: 'at-risk' }, String(p.atRiskCovered)),
      h('td', { class: 'hazard' }, hazardText(p.hazardCovered))));
  return h('div', { class: 'hazard-table' },
    h('h3', {}, t('hazardTitle', { level: levelName })),
    h('p', { class: 'muted' }, t('hazardKey')),
    !all.length ? h('p', { class: 'muted' }, t('hazardNone')) : '',
    all.length && all[0].year < start ? h('p', { class: 'muted hazard-before' }, t('hazardBefore', { year: start })) : '',
    rows.length ? h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)) : '');
}
