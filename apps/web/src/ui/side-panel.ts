import { EDGE_STYLE, KIND_STYLE, RING_STYLE } from '../graph/palette';
import { NODE_KINDS } from '../graph/types';
import { FilterState } from '../graph/filters';
import { t } from '../i18n/i18n';
import { h, byId } from './dom';

/** Type checkboxes, place select, year range and the legend; reports a new filter on every change. */
export class SidePanel {
  private readonly types = byId('type-filter');
  private readonly place = byId<HTMLSelectElement>('place-filter');
  private readonly from = byId<HTMLInputElement>('year-from');
  private readonly to = byId<HTMLInputElement>('year-to');

  constructor(private readonly onFilter: (f: FilterState) => void) {
    [this.place, this.from, this.to].forEach((el) => el.addEventListener('change', () => this.emit()));
  }

  private current(): FilterState {
    const hidden = [...this.types.querySelectorAll<HTMLInputElement>('input')].filter((i) => !i.checked).map((i) => i.value);
    const year = (v: string) => (/^\d{4}$/.test(v) ? Number(v) : null);
    return { hiddenKinds: hidden, place: this.place.value || null, from: year(this.from.value), to: year(this.to.value) };
  }

  private emit(): void {
    this.onFilter(this.current());
  }

  render(filter: FilterState, places: string[], counts: Record<string, number>): void {
    const legend = this.types.querySelector('legend');
    this.types.replaceChildren(...(legend ? [legend] : []), ...NODE_KINDS.map((kind) =>
      h('label', {}, h('input', { type: 'checkbox', value: kind, checked: !filter.hiddenKinds.includes(kind), onchange: () => this.emit() }),
        `${t(kind)} (${counts[kind] ?? 0})`)));
    const all = filter.place && !places.includes(filter.place) ? [filter.place, ...places] : places;
    this.place.replaceChildren(h('option', { value: '' }, t('allPlaces')), ...all.map((p) => h('option', { value: p, selected: p === filter.place }, p)));
    this.from.value = filter.from?.toString() ?? '';
    this.to.value = filter.to?.toString() ?? '';
    const line = (color: string, dashed = false) => h('span', { class: 'swatch-line', style: `border-top:3px ${dashed ? 'dashed' : 'solid'} ${color}` });
    const ring = (color: string, double = false) => h('span', { class: 'swatch', style: `background:#fff;border:${double ? '4px double' : '3px solid'} ${color};border-radius:50%` });
    byId('legend').replaceChildren(
      ...NODE_KINDS.map((kind) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${KIND_STYLE[kind].color};border-radius:${KIND_STYLE[kind].shape === 'ellipse' ? '50%' : '3px'}` }), t(kind))),
      ...(['FULFILS', 'ADOPTS', 'HAS_PART', 'PART_OF', 'other'] as const).map((type) =>
        h('li', { 'data-legend': type }, line(EDGE_STYLE[type].color, EDGE_STYLE[type].dashed), t(`legend_${type}`))),
      h('li', { 'data-legend': 'focus' }, ring(RING_STYLE.focus), t('legendFocus')),
      h('li', { 'data-legend': 'selected' }, ring(RING_STYLE.selected), t('legendSelected')),
      h('li', { 'data-legend': 'path' }, ring(RING_STYLE.path), t('legendPath')),
      h('li', { 'data-legend': 'first' }, ring(RING_STYLE.firstAdopter, true), t('legendFirstAdopter')),
    );
  }
}
