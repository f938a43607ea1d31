import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { ECharts } from './echarts';
import type { Curve } from './diffusion-api';

export interface ComparedDrawn {
  years: string[];
  series: { name: string; data: (number | null)[] }[];
  /** The canvas has a size and shows ink where the second curve ends. */
  painted: boolean;
}

/** Two slogans' cumulative adopters at one level on one chart: one axis of years, one of counts. */
export class CompareCurves {
  readonly element = h('div', { class: 'compare-canvas', role: 'img', hidden: true });
  private chart: ECharts | null = null;

  constructor() {
    // window.compareCurves: what the chart drew, for scripts and the browser tests
    Object.assign(window, { compareCurves: { drawn: () => this.drawn() } });
  }

  drawn(): ComparedDrawn | null {
    if (!this.chart) return null;
    const option = this.chart.getOption() as { xAxis: { data: string[] }[]; series: { name: string; data: (number | null)[] }[] };
    const years = option.xAxis[0].data;
    const last = option.series.at(-1);
    const canvas = this.element.querySelector('canvas');
    let painted = false;
    if (last && canvas && canvas.clientWidth > 0) {
      const at = years.length - 1;
      const [px, py] = this.chart.convertToPixel({ seriesIndex: option.series.length - 1 }, [at, last.data[at] ?? 0]) as number[];
      // a few pixels around the point: its symbol is a ring, white inside
      const ratio = canvas.width / canvas.clientWidth;
      const box = canvas.getContext('2d')!.getImageData(Math.round(px * ratio) - 5, Math.round(py * ratio) - 5, 11, 11).data;
      for (let i = 0; i < box.length && !painted; i += 4) painted = box[i + 3] > 0 && box[i] + box[i + 1] + box[i + 2] < 3 * 200;
    }
    return { years, series: option.series.map((s) => ({ name: s.name, data: s.data })), painted };
  }

  async show(curves: Curve[], levelName: string): Promise<void> {
    const { echarts } = await import('./echarts');
    const all = curves.flatMap((c) => c.points.map((p) => p.year));
    const years: number[] = [];
    for (let y = Math.min(...all); y <= Math.max(...all); y++) years.push(y);
    const label = t('compareTitle', { level: levelName });
    this.element.setAttribute('aria-label', label);
    // shown before the chart starts, which takes the size the element has then
    this.element.hidden = false;
    this.chart ??= echarts.init(this.element, undefined, { renderer: 'canvas' });
    this.chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: false }, label: { description: label } },
      grid: { left: 40, right: 16, top: 30, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years.map(String), name: t('axisYear'), nameLocation: 'middle', nameGap: 20 },
      yAxis: { type: 'value', minInterval: 1, name: t('axisAdopters') },
      series: curves.map((c, i) => ({
        type: 'line',
        name: c.slogan.name,
        lineStyle: i ? { type: 'dashed' } : undefined,
        data: years.map((y) => c.points.find((p) => p.year === y)?.cumulative ?? null),
      })),
    }, { notMerge: true });
  }

  clear(): void {
    this.chart?.dispose();
    this.chart = null;
    this.element.hidden = true;
  }

  resize(): void {
    this.chart?.resize();
  }
}
