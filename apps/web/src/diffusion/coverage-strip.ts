import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import { stateAt, yearColour, type Region } from './regions';

const MAX_ROWS = 80;

/** Which regions have documents in which years: a year without one greyed, adoption coloured by its year. */
export function coverageStrip(regions: Region[], from: number, to: number, colours: [number, number], year: number, onRegion: (r: Region) => void): HTMLElement {
  const rows = regions
    .filter((r) => r.covered.size || r.firstYear !== null)
    .sort((a, b) => (a.firstYear ?? 9999) - (b.firstYear ?? 9999) || a.name.localeCompare(b.name));
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const head = h('tr', {}, h('th', { scope: 'col' }, t('coverageBody')), ...years.map((y) => h('th', { scope: 'col', class: y === year ? 'now' : '' }, String(y).slice(2))));
  const body = rows.slice(0, MAX_ROWS).map((r) =>
    h('tr', { 'data-region': r.key },
      h('th', { scope: 'row' }, r.adopters.length ? h('button', { type: 'button', class: 'linklike', onclick: () => onRegion(r) }, r.name) : r.name),
      ...years.map((y) => {
        const state = stateAt(r, y);
        const title = `${r.name} ${y}: ${state === 'adopted' ? t('mapAdopted', { year: r.firstYear! }) : state === 'not-adopted' ? t('mapNotAdopted') : t('mapNoDocument')}`;
        const style = state === 'adopted' ? `background:${yearColour(r.firstYear!, ...colours)}` : '';
        return h('td', { class: y === year ? `${state} now` : state, 'data-year': y, title, style });
      })));
  return h('div', { class: 'coverage-strip' },
    h('h3', {}, t('coverageTitle')),
    h('table', {}, h('thead', {}, head), h('tbody', {}, ...body)),
    rows.length > MAX_ROWS ? h('p', { class: 'muted' }, t('coverageMore', { count: rows.length - MAX_ROWS })) : '',
  );
}
