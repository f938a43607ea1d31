import { diffusion, DiffusionResult } from '../api/operations';
import { diffusionModel, DiffusionModel, GroupBy, GROUPINGS } from '../graph/diffusion-model';
import { diffusionSvg } from './diffusion-svg';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h, errorBox } from './dom';
import { coverageUnder, curvesByLevel, type CoverageBody, type Curve } from '../diffusion/diffusion-api';
import { boundaries, type BoundaryCollection } from '../diffusion/boundaries';
import { DiffusionMap } from '../diffusion/diffusion-map';
import { LevelCurves } from '../diffusion/level-curves';
import { coverageStrip } from '../diffusion/coverage-strip';
import { regionsOf, type Region } from '../diffusion/regions';

const GROUP_LABEL: Record<GroupBy, MessageKey> = { district: 'byDistrict', city: 'byCity', province: 'byProvince' };

export interface DiffusionHandlers {
  onModel(model: DiffusionModel | null): void;
  /** An adopter picked in the chart, the map or the coverage strip. */
  onAdopter?(id: string): void;
}

interface Scene {
  boundaries: BoundaryCollection;
  coverage: CoverageBody[];
  regions: Map<string, Region>;
  from: number;
  to: number;
}

/**
 * The diffusion view: the map coloured by first adoption at the chosen level, the coverage strip,
 * the curves by level and the adopters along the years, all as of the slider's year.
 */
export class DiffusionPanel {
  private result: DiffusionResult | null = null;
  private groupBy: GroupBy = 'district';
  model: DiffusionModel | null = null;
  private year: number | null = null;
  private scene: Scene | null = null;
  private curves: Curve[] = [];
  private readonly map = new DiffusionMap((r) => this.pickRegion(r));
  private readonly levelCurves = new LevelCurves();
  private readonly strip = h('div', { class: 'coverage' });
  private readonly adopters = h('div', { class: 'diffusion' });
  private loadId = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: DiffusionHandlers,
  ) {
    this.render();
    // Charts are drawn only in a shown tab (a hidden one has no size to draw in): when it is shown, or resized.
    new ResizeObserver(() => {
      if (!this.visible()) return;
      this.map.resize();
      this.levelCurves.resize();
      this.drawScene();
      this.drawCurves();
    }).observe(root);
  }

  async load(slogan: string | null): Promise<void> {
    const id = ++this.loadId;
    this.result = null;
    this.model = null;
    this.scene = null;
    this.curves = [];
    if (!slogan) return this.finish();
    this.root.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      this.result = await diffusion(slogan);
      this.model = diffusionModel(this.result, this.groupBy);
    } catch (e) {
      this.root.replaceChildren(errorBox((e as Error).message));
      return this.handlers.onModel(null);
    }
    if (id !== this.loadId) return;
    this.finish();
    await Promise.all([this.loadScene(id), this.loadCurves(slogan, id)]);
  }

  private finish(): void {
    this.render();
    this.handlers.onModel(this.model);
  }

  private async loadCurves(slogan: string, id: number): Promise<void> {
    try {
      const curves = await curvesByLevel(slogan);
      if (id !== this.loadId) return;
      this.curves = curves;
      this.drawCurves();
    } catch (e) {
      this.levelCurves.element.replaceChildren(errorBox((e as Error).message));
    }
  }

  // The boundaries and the coverage of the level: the provinces the adopters are in when by district.
  private async loadScene(id: number): Promise<void> {
    const result = this.result;
    if (!result) return;
    const level = this.groupBy;
    try {
      const coverage = await coverageUnder(level);
      const provinces = new Set(result.adopters.map((a) => a.body.id.slice(0, 2)).filter((p) => /^\d\d$/.test(p)));
      if (!provinces.size) for (const c of coverage) provinces.add(c.body.id.slice(0, 2));
      const shapes = await boundaries(level, [...provinces]);
      if (id !== this.loadId || level !== this.groupBy) return;
      const regions = regionsOf(level, shapes.features.map((f) => f.properties), result.adopters, coverage);
      const years = [...regions.values()].flatMap((r) => [...r.covered, ...(r.firstYear === null ? [] : [r.firstYear])]);
      this.scene = { boundaries: shapes, coverage, regions, from: Math.min(...years, this.model!.minYear), to: Math.max(...years, this.model!.maxYear) };
      this.drawScene();
    } catch (e) {
      this.map.element.replaceChildren(errorBox((e as Error).message));
    }
  }

  setYear(year: number | null): void {
    this.year = year;
    if (!this.model) return;
    const now = this.currentYear();
    if (this.visible()) this.map.setYear(now);
    this.drawStrip();
    this.drawAdopters();
    this.drawCurves();
  }

  private currentYear(): number {
    return this.year ?? this.model?.maxYear ?? new Date().getFullYear();
  }

  render(): void {
    if (!this.result || !this.model) return void this.root.replaceChildren(h('p', { class: 'muted' }, t('diffusionHint')));
    const select = h('select', { class: 'grouping', 'aria-label': t('groupBy'), onchange: (e: Event) => this.regroup((e.target as HTMLSelectElement).value as GroupBy) },
      ...GROUPINGS.map((g) => h('option', { value: g, selected: this.groupBy === g }, t(GROUP_LABEL[g]))));
    const firsts = this.result.firstAdopters.map((a) => `${a.body.name} (${a.firstYear ?? ''})`).join('、');
    this.root.replaceChildren(
      h('div', { class: 'diffusion-head' },
        h('h2', {}, this.result.slogan.name),
        h('p', { class: 'muted' }, `${t('adopters')}: ${this.result.totalAdopters} · ${t('firstAdopter')}: ${firsts}`),
        h('label', { class: 'actions' }, t('groupBy'), select)),
      h('div', { class: 'diffusion-view' },
        this.map.element,
        h('div', { class: 'diffusion-side' }, this.levelCurves.element, this.strip,
          h('h3', {}, t('adoptersList')), h('p', { class: 'muted diffusion-key' }, t('diffusionKey')), this.adopters)),
    );
    this.drawAdopters();
    if (this.scene) this.drawScene();
    if (this.curves.length) this.drawCurves();
  }

  private visible(): boolean {
    return this.root.clientWidth > 0 && this.root.clientHeight > 0;
  }

  private drawScene(): void {
    const s = this.scene;
    if (!s || !this.model || !this.visible()) return;
    void this.map.show({ level: this.groupBy, boundaries: s.boundaries, regions: s.regions, year: this.currentYear(), minYear: this.model.minYear, maxYear: this.model.maxYear });
    this.drawStrip();
  }

  private drawStrip(): void {
    const s = this.scene;
    if (!s || !this.model) return;
    this.strip.replaceChildren(coverageStrip([...s.regions.values()], s.from, s.to, [this.model.minYear, this.model.maxYear], this.currentYear(), (r) => this.pickRegion(r)));
  }

  private drawCurves(): void {
    if (!this.curves.length || !this.visible()) return;
    void this.levelCurves.show(this.curves, this.currentYear());
  }

  private drawAdopters(): void {
    if (!this.model) return;
    this.adopters.replaceChildren(diffusionSvg(this.model, this.year, (id) => this.handlers.onAdopter?.(id), Math.max(370, this.adopters.clientWidth)));
  }

  private pickRegion(r: Region): void {
    if (r.adopterIds.length) this.handlers.onAdopter?.(r.adopterIds[0]);
  }

  private regroup(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    if (this.result) this.model = diffusionModel(this.result, groupBy);
    this.scene = null;
    this.render();
    void this.loadScene(this.loadId);
  }
}
