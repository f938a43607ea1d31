import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../ui/dom';
import type { ECharts } from './echarts';
import type { Curve } from './diffusion-api';

const LEVEL_LABEL: Record<string, MessageKey> = { province: 'levelProvince', city: 'levelCity', district: 'levelDistrict', street: 'levelStreet' };

/** Cumulative adopters per year, one line per level, on one chart with its axes. */
export class LevelCurves {
  readonly element = h('div', { class: 'level-curves' });
  private readonly canvas = h('div', { class: 'level-curves-canvas', role: 'img' });
  private chart: ECharts | null = null;

  constructor() {
    this.element.append(h('h3', { 'data-i18n': 'curvesTitle' }, t('curvesTitle')), this.canvas);
    // window.levelCurves: what the chart drew, for scripts and the browser tests
    Object.assign(window, { levelCurves: { drawn: () => this.drawn() } });
  }

  /** The years on the axis, the lines, the top of the count axis and whether the last point is painted. */
  drawn(): { years: string[]; series: { name: string; data: (number | null)[] }[]; yMax: number; painted: boolean } | null {
    if (!this.chart) return null;
    const option = this.chart.getOption() as { xAxis: { data: string[] }[]; series: { name: string; data: (number | null)[] }[] };
    const y = (this.chart as unknown as { getModel(): { getComponent(t: string): { axis: { scale: { getExtent(): number[] } } } } }).getModel().getComponent('yAxis').axis.scale.getExtent();
    const years = option.xAxis[0].data;
    const first = option.series[0];
    let painted = false;
    if (first) {
      const last = years.length - 1;
      const [px, py] = this.chart.convertToPixel({ seriesIndex: 0 }, [last, first.data[last] ?? 0]) as number[];
      const canvas = this.canvas.querySelector('canvas')!;
      const ratio = canvas.width / canvas.clientWidth;
      const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data;
      painted = r + g + b < 3 * 250;
    }
    return { years, series: option.series.map((s) => ({ name: s.name, data: s.data })), yMax: y[1], painted };
  }

  async show(curves: Curve[], year: number): Promise<void> {
    const { echarts } = await import('./echarts');
    const drawn = curves.filter((c) => c.points.some((p) => p.cumulative > 0));
    // every year between the first and the last, so the axis never skips one
    const all = curves.flatMap((c) => c.points.map((p) => p.year));
    const years: number[] = [];
    for (let y = Math.min(...all); y <= Math.max(...all); y++) years.push(y);
    this.canvas.setAttribute('aria-label', t('curvesTitle'));
    this.chart ??= echarts.init(this.canvas, undefined, { renderer: 'canvas' });
    this.chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 30, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years.map(String), name: t('axisYear'), nameLocation: 'middle', nameGap: 20 },
      yAxis: { type: 'value', minInterval: 1, name: t('axisAdopters') },
      series: drawn.map((c) => ({
        type: 'line',
        name: t(LEVEL_LABEL[c.level] ?? 'levelStreet'),
        data: years.map((y) => c.points.find((p) => p.year === y)?.cumulative ?? null),
      })),
    }, { notMerge: true });
    this.element.dataset.year = String(year);
  }

  resize(): void {
    this.chart?.resize();
  }
}
