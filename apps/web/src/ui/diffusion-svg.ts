import { DiffusionModel } from '../graph/diffusion-model';
import { t } from '../i18n/i18n';

const NS = 'http://www.w3.org/2000/svg';
/** The narrowest drawing; a wider panel gets a wider one, text staying the same size. */
const MIN_W = 370;
const LEFT = 92;
const RIGHT = 14;
const CURVE_H = 70;
const ROW_H = 16;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Time axis, cumulative curve on top, one row per adopter under its group; later years fade until reached. */
export function diffusionSvg(m: DiffusionModel, year: number | null, onAdopter: (id: string) => void = () => undefined, width = MIN_W): SVGSVGElement {
  const W = Math.max(MIN_W, Math.round(width));
  const span = Math.max(1, m.maxYear - m.minYear);
  const x = (y: number) => LEFT + ((y - m.minYear) / span) * (W - LEFT - RIGHT);
  const rows = m.groups.reduce((n, g) => n + g.adopters.length + 1, 0);
  const height = CURVE_H + 30 + rows * ROW_H + 10;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': t('cumulative') });
  const total = Math.max(1, ...m.cumulative.map((c) => c.count));
  const cy = (c: number) => 10 + CURVE_H - (c / total) * CURVE_H;
  const points = m.cumulative.map((c) => `${x(c.year)},${cy(c.count)}`).join(' ');
  svg.append(s('text', { x: 4, y: 20 }, t('cumulative')), s('polyline', { class: 'curve', points }));
  // the count axis: its scale at the top and bottom, a faint line for each
  for (const value of total > 1 ? [0, total] : [0, 1]) {
    svg.append(s('line', { class: 'grid', x1: LEFT - 4, x2: W - RIGHT, y1: cy(value), y2: cy(value) }));
    svg.append(s('text', { class: 'axis-count', x: LEFT - 8, y: cy(value) + 3, 'text-anchor': 'end' }, String(value)));
  }
  for (const c of m.cumulative) svg.append(s('text', { class: 'point-count', x: x(c.year), y: cy(c.count) - 5, 'text-anchor': 'middle' }, String(c.count)));
  for (const c of m.cumulative) svg.append(s('circle', { cx: x(c.year), cy: cy(c.count), r: 2.5, fill: '#d62828' }));
  const axisY = CURVE_H + 24;
  for (let y = m.minYear; y <= m.maxYear; y++) {
    if (span > 12 && (y - m.minYear) % 2) continue;
    svg.append(s('text', { x: x(y), y: axisY, 'text-anchor': 'middle' }, String(y)));
  }
  if (year !== null) svg.append(s('line', { class: 'now', x1: x(year), x2: x(year), y1: 6, y2: height }));
  let rowY = axisY + 14;
  for (const g of m.groups) {
    svg.append(s('text', { x: 4, y: rowY, 'font-weight': 'bold' }, g.name));
    rowY += ROW_H;
    for (const a of g.adopters) {
      const first = a.firstYear ?? Math.min(...a.years);
      const future = year !== null && first > year;
      const group = s('g', { class: future ? 'future adopter' : 'adopter', 'data-id': a.body.id, role: 'button', tabindex: 0 });
      // the whole row takes the click, not only its text and dots
      group.append(s('rect', { x: 0, y: rowY - ROW_H + 3, width: W, height: ROW_H, fill: 'transparent' }));
      group.addEventListener('click', () => onAdopter(a.body.id));
      group.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && onAdopter(a.body.id));
      group.append(s('text', { x: 12, y: rowY }, a.body.name));
      for (const y of a.years) group.append(s('circle', { class: 'dot', cx: x(y), cy: rowY - 4, r: 4, fill: '#e5989b' }));
      // a report that year without the slogan: not adopted (a year with no report has no mark)
      for (const y of (a.reportYears ?? []).filter((r) => !a.years.includes(r) && r >= m.minYear && r <= m.maxYear)) {
        const ring = s('circle', { class: 'dot without', cx: x(y), cy: rowY - 4, r: 4, fill: '#fff', stroke: '#6c757d', 'stroke-width': 1.5, 'data-year': y });
        ring.append(s('title', {}, t('reportWithout', { year: y })));
        group.append(ring);
      }
      group.append(s('circle', { class: m.firstIds.has(a.body.id) ? 'dot first' : 'dot', cx: x(first), cy: rowY - 4, r: 5, fill: '#d62828' }));
      if (m.firstIds.has(a.body.id)) group.append(s('title', {}, t('firstAdopter')));
      svg.append(group);
      rowY += ROW_H;
    }
  }
  return svg;
}
