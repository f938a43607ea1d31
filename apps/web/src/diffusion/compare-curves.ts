import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { ECharts } from './echarts';
import type { Curve } from './diffusion-api';

export interface ComparedDrawn {
  years: string[];
  series: { name: string; data: (number | null)[] }[];
}

/** Two slogans' cumulative adopters at one level on one chart: one axis of years, one of counts. */
export class CompareCurves {
  readonly element = h('div', { class: 'compare-canvas', role: 'img' });
  private chart: ECharts | null = null;

  constructor() {
    // window.compareCurves: what the chart drew, for scripts and the browser tests
    Object.assign(window, { compareCurves: { drawn: () => this.drawn() } });
  }

  drawn(): ComparedDrawn | null {
    if (!this.chart) return null;
    const option = this.chart.getOption() as { xAxis: { data: string[] }[]; series: { name: string; data: (number | null)[] }[] };
    return { years: option.xAxis[0].data, series: option.series.map((s) => ({ name: s.name, data: s.data })) };
  }

  async show(curves: Curve[], levelName: string): Promise<void> {
    const { echarts } = await import('./echarts');
    const all = curves.flatMap((c) => c.points.map((p) => p.year));
    const years: number[] = [];
    for (let y = Math.min(...all); y <= Math.max(...all); y++) years.push(y);
    const label = t('compareTitle', { level: levelName });
    this.element.setAttribute('aria-label', label);
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
  }

  resize(): void {
    this.chart?.resize();
  }
}
