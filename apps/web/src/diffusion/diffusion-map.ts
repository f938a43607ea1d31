import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { ECharts } from './echarts';
import type { BoundaryCollection } from './boundaries';
import type { MapLevel } from './diffusion-api';
import { KEY_PROPERTY, NO_DOCUMENT, NOT_ADOPTED, stateAt, yearColour, type Region } from './regions';

// Hatching for "no document this year": grey with white stripes, unlike a white "not adopted".
const HATCH = { symbol: 'rect', symbolSize: 1, color: 'rgba(255,255,255,0.7)', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4 };

export interface MapScene {
  level: MapLevel;
  boundaries: BoundaryCollection;
  regions: Map<string, Region>;
  year: number;
  minYear: number;
  maxYear: number;
}

/** The map of China coloured by first-adoption year, as of the slider's year, with its key. */
export class DiffusionMap {
  readonly element = h('div', { class: 'diffusion-map' });
  private readonly canvas = h('div', { class: 'diffusion-map-canvas', role: 'img' });
  private readonly key = h('ul', { class: 'diffusion-map-key' });
  private chart: ECharts | null = null;
  private mapName = '';
  private scene: MapScene | null = null;

  constructor(private readonly onRegion: (region: Region) => void) {
    this.element.append(this.canvas, this.key);
    // window.diffusionMap: what the map paints at a place, for scripts and the browser tests
    Object.assign(window, { diffusionMap: { pixelAt: (lng: number, lat: number) => this.pixelAt(lng, lat), colourNow: (key: string) => this.colourNow(key), stateNow: (key: string) => this.stateNow(key) } });
  }

  /** The colour painted most around a longitude and latitude (rgb(r,g,b)), past borders drawn there; null off the map. */
  pixelAt(lng: number, lat: number): string | null {
    const at = this.chart?.convertToPixel({ seriesIndex: 0 }, [lng, lat]) as number[] | undefined;
    const canvas = this.canvas.querySelector('canvas');
    if (!at || !canvas) return null;
    const ratio = canvas.width / canvas.clientWidth;
    const [x, y] = [Math.round(at[0] * ratio) - 2, Math.round(at[1] * ratio) - 2];
    const data = canvas.getContext('2d')!.getImageData(x, y, 5, 5).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const colour = `rgb(${data[i]},${data[i + 1]},${data[i + 2]})`;
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  async show(scene: MapScene): Promise<void> {
    this.scene = scene;
    const { echarts } = await import('./echarts');
    this.chart ??= echarts.init(this.canvas, undefined, { renderer: 'canvas' });
    this.chart.off('click');
    this.chart.on('click', (e) => {
      const r = this.scene?.regions.get(String((e as { name?: string }).name));
      if (r?.adopters.length) this.onRegion(r);
    });
    const name = `${scene.level}:${scene.boundaries.features.length}`;
    if (name !== this.mapName) {
      echarts.registerMap(name, scene.boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
      this.mapName = name;
      this.chart.clear();
    }
    this.draw();
  }

  setYear(year: number): void {
    if (!this.scene) return;
    this.scene = { ...this.scene, year };
    if (this.chart) this.draw();
  }

  resize(): void {
    this.chart?.resize();
  }

  private colourOf(r: Region, year: number): { areaColor: string; decal?: typeof HATCH } {
    const state = stateAt(r, year);
    const s = this.scene!;
    if (state === 'adopted') return { areaColor: yearColour(r.firstYear!, s.minYear, s.maxYear) };
    return state === 'not-adopted' ? { areaColor: NOT_ADOPTED } : { areaColor: NO_DOCUMENT, decal: HATCH };
  }

  private draw(): void {
    const s = this.scene;
    if (!s || !this.chart) return;
    const data = [...s.regions.values()].map((r) => ({ name: r.key, value: r.firstYear ?? undefined, itemStyle: this.colourOf(r, s.year) }));
    const names = new Map([...s.regions.values()].map((r) => [r.key, r]));
    this.canvas.setAttribute('aria-label', t('mapLabel', { year: s.year }));
    this.chart.setOption({
      animation: false,
      // the chart's own description (ECharts words one in the language it started in) is replaced by the page's
      aria: { enabled: true, decal: { show: false }, label: { description: t('mapLabel', { year: s.year }) } },
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const r = names.get(p.name);
          if (!r) return '';
          const state = stateAt(r, s.year);
          const said = state === 'adopted' ? t('mapAdopted', { year: r.firstYear! }) : state === 'not-adopted' ? t('mapNotAdopted') : t('mapNoDocument');
          return `${r.name}<br>${said}${r.adopters.length ? `<br>${r.adopters.join('、')}` : ''}`;
        },
      },
      series: [{
        type: 'map',
        map: this.mapName,
        nameProperty: KEY_PROPERTY[s.level],
        roam: true,
        layoutCenter: ['50%', '50%'],
        layoutSize: '95%',
        selectedMode: false,
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#74c0fc' } },
        itemStyle: { areaColor: NO_DOCUMENT, borderColor: '#868e96', borderWidth: 0.5 },
        data,
      }],
    }, { replaceMerge: ['series'] });
    this.drawKey(s);
  }

  private drawKey(s: MapScene): void {
    const swatch = (colour: string, label: string, cls = '') => h('li', {}, h('span', { class: `swatch ${cls}`, style: `background:${colour}` }), label);
    const years: number[] = [];
    for (let y = s.minYear; y <= s.maxYear; y++) years.push(y);
    this.key.replaceChildren(
      ...years.map((y) => swatch(yearColour(y, s.minYear, s.maxYear), String(y))),
      swatch(NOT_ADOPTED, t('mapNotAdopted'), 'outlined'),
      swatch(NO_DOCUMENT, t('mapNoDocument'), 'hatched'),
    );
  }

  /** The colour meant for a region now and its state (for scripts and the tests). */
  colourNow(key: string): string | null {
    const r = this.scene?.regions.get(key);
    return r && this.scene ? this.colourOf(r, this.scene.year).areaColor : null;
  }

  stateNow(key: string): string | null {
    const r = this.scene?.regions.get(key);
    return r && this.scene ? stateAt(r, this.scene.year) : null;
  }
}
