import { diffusion, DiffusionResult } from '../api/operations';
import { diffusionModel, DiffusionModel, GroupBy, GROUPINGS } from '../graph/diffusion-model';
import { diffusionSvg } from './diffusion-svg';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h, errorBox } from './dom';
import {
  ANALYSIS_LEVELS, coverageUnder, curvesByLevel, curvesCompared, variantFamily, type AnalysisLevel, type CoverageBody, type Curve, type VariantFamily,
} from '../diffusion/diffusion-api';
import { boundaries, type BoundaryCollection } from '../diffusion/boundaries';
import { DiffusionMap } from '../diffusion/diffusion-map';
import { LevelCurves } from '../diffusion/level-curves';
import { coverageStrip } from '../diffusion/coverage-strip';
import { hazardTable } from '../diffusion/hazard-table';
import { CompareCurves } from '../diffusion/compare-curves';
import { familyList } from '../diffusion/family-list';
import { attachSuggest } from './suggest';
import { regionsOf, type Region } from '../diffusion/regions';

const GROUP_LABEL: Record<GroupBy, MessageKey> = { district: 'byDistrict', city: 'byCity', province: 'byProvince' };
const LEVEL_LABEL: Record<AnalysisLevel, MessageKey> = { province: 'levelProvince', city: 'levelCity', district: 'levelDistrict', street: 'levelStreet' };

// The level a slogan is read at first: where most bodies adopted it, the lower level on a tie.
function busiestLevel(curves: Curve[]): AnalysisLevel {
  const adopted = (l: AnalysisLevel) => curves.find((c) => c.level === l)?.points.at(-1)?.cumulative ?? 0;
  return [...ANALYSIS_LEVELS].reverse().reduce((best, l) => (adopted(l) > adopted(best) ? l : best), 'street' as AnalysisLevel);
}

export interface DiffusionHandlers {
  onModel(model: DiffusionModel | null): void;
  /** An adopter picked in the chart, the map or the coverage strip. */
  onAdopter?(id: string): void;
  /** The reader asked for a second slogan's curve, or took it away (null). */
  onCompare?(slogan: string | null): void;
  /** The reader picked the level of the hazard and the comparison. */
  onLevel?(level: AnalysisLevel): void;
}

/** What a link keeps of the view: the second slogan and the level (null: where the slogan was adopted most). */
export interface DiffusionChoices {
  compare: string | null;
  level: AnalysisLevel | null;
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
  /** The level of the hazard table and the comparison; null until the curves say where the slogan was adopted most. */
  private level: AnalysisLevel | null = null;
  private readonly hazard = h('div', { class: 'hazard' });
  private compareWith: string | null = null;
  private compared: Curve[] = [];
  private readonly compareCurves = new CompareCurves();
  private readonly compareInput = h('input', {
    id: 'compare-slogan', type: 'text', autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': 'compare-slogan-list',
  }) as HTMLInputElement;
  private readonly compareStatus = h('div', { class: 'compare-status' });
  private family: VariantFamily | null = null;
  private readonly familyBox = h('div', { class: 'family' });
  private loadId = 0;
  private readonly compareForm: HTMLFormElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: DiffusionHandlers,
  ) {
    const list = h('ul', { id: 'compare-slogan-list', class: 'suggest-list', role: 'listbox', hidden: true }) as HTMLUListElement;
    attachSuggest(this.compareInput, list, (hit) => void this.compare(hit.name, true), ['Slogan']);
    // built once, so what is typed survives a redraw; its words are set again by render()
    this.compareForm = h('form', { class: 'compare-form', onsubmit: (e: Event) => (e.preventDefault(), this.compareInput.blur(), void this.compare(this.compareInput.value.trim(), true)) },
      h('label', { for: 'compare-slogan', 'data-i18n': 'compareWith' }),
      h('div', { class: 'suggest' }, this.compareInput, list),
      h('button', { type: 'submit', 'data-i18n': 'compareButton' }),
      h('button', { type: 'button', class: 'compare-clear', 'data-i18n': 'compareClear', onclick: () => void this.compare(null, true) }));
    this.render();
    // Charts are drawn only in a shown tab (a hidden one has no size to draw in): when it is shown, or resized.
    new ResizeObserver(() => {
      if (!this.visible()) return;
      this.map.resize();
      this.levelCurves.resize();
      this.compareCurves.resize();
      this.drawScene();
      this.drawCurves();
    }).observe(root);
  }

  /** Shows a slogan; `choices` are the second slogan and the level a link asks for. */
  async load(slogan: string | null, choices: DiffusionChoices = { compare: this.compareWith, level: null }): Promise<void> {
    const id = ++this.loadId;
    this.result = null;
    this.model = null;
    this.scene = null;
    this.curves = [];
    this.compared = [];
    this.family = null;
    this.level = choices.level;
    this.compareWith = choices.compare;
    this.compareInput.value = choices.compare ?? '';
    this.compareCurves.clear();
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
    await Promise.all([this.loadScene(id), this.loadCurves(slogan, id), this.loadFamily(slogan, id)]);
  }

  private async loadFamily(slogan: string, id: number): Promise<void> {
    try {
      const family = await variantFamily(slogan);
      if (id !== this.loadId) return;
      this.family = family;
      this.drawFamily();
    } catch (e) {
      this.familyBox.replaceChildren(errorBox((e as Error).message));
    }
  }

  private drawFamily(): void {
    if (this.family && this.result) this.familyBox.replaceChildren(familyList(this.family, this.result.slogan.id));
    else this.familyBox.replaceChildren();
  }

  /** The second slogan and the level as the address has them now (back, forward): the view follows. */
  async follow(choices: DiffusionChoices): Promise<void> {
    if (choices.level && choices.level !== this.level) this.setLevel(choices.level, false);
    if (choices.compare !== this.compareWith) await this.compare(choices.compare, false);
  }

  /** Draws a second slogan's curve beside this one's, at the analysis level; null takes it away. `asked`: the reader did. */
  private async compare(other: string | null, asked: boolean): Promise<void> {
    this.compareWith = other || null;
    this.compared = [];
    this.compareStatus.replaceChildren();
    if (asked) this.handlers.onCompare?.(this.compareWith);
    this.compareInput.value = this.compareWith ?? '';
    if (!this.compareWith) return this.compareCurves.clear();
    await this.loadCompared(this.loadId);
  }

  private async loadCompared(id: number): Promise<void> {
    const other = this.compareWith;
    const level = this.level;
    if (!other || !level || !this.result) return;
    try {
      const curves = await curvesCompared([this.result.slogan.name, other], level);
      if (id !== this.loadId || other !== this.compareWith || level !== this.level) return;
      this.compared = curves;
      this.drawCompared();
    } catch (e) {
      this.compareCurves.clear();
      this.compareStatus.replaceChildren(errorBox((e as Error).message));
    }
  }

  private drawCompared(): void {
    if (!this.compared.length || !this.level || !this.visible()) return;
    void this.compareCurves.show(this.compared, t(LEVEL_LABEL[this.level]));
  }

  private drawHazard(): void {
    if (!this.level || !this.curves.length) return void this.hazard.replaceChildren();
    const level = this.level;
    const select = h('select', { class: 'analysis-level', 'aria-label': t('analysisLevel'), onchange: (e: Event) => this.setLevel((e.target as HTMLSelectElement).value as AnalysisLevel, true) },
      ...ANALYSIS_LEVELS.map((l) => h('option', { value: l, selected: l === level }, t(LEVEL_LABEL[l]))));
    this.hazard.replaceChildren(
      h('label', { class: 'actions' }, t('analysisLevel'), select),
      hazardTable(this.curves.find((c) => c.level === level), t(LEVEL_LABEL[level]), this.currentYear(), this.model?.minYear ?? this.currentYear()));
  }

  private setLevel(level: AnalysisLevel, asked: boolean): void {
    this.level = level;
    if (asked) this.handlers.onLevel?.(level);
    this.drawHazard();
    if (this.compareWith) void this.loadCompared(this.loadId);
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
      this.level ??= busiestLevel(curves);
      this.drawCurves();
      this.drawHazard();
      if (this.compareWith) await this.loadCompared(id);
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
    this.drawHazard();
  }

  private currentYear(): number {
    return this.year ?? this.model?.maxYear ?? new Date().getFullYear();
  }

  render(): void {
    for (const el of this.compareForm.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
    if (!this.result || !this.model) return void this.root.replaceChildren(h('p', { class: 'muted' }, t('diffusionHint')));
    const select = h('select', { class: 'grouping', 'aria-label': t('groupBy'), onchange: (e: Event) => this.regroup((e.target as HTMLSelectElement).value as GroupBy) },
      ...GROUPINGS.map((g) => h('option', { value: g, selected: this.groupBy === g }, t(GROUP_LABEL[g]))));
    const firsts = this.result.firstAdopters.map((a) => `${a.body.name} (${a.firstYear ?? ''})`).join('、');
    this.root.replaceChildren(
      h('div', { class: 'diffusion-head' },
        h('h2', {}, this.result.slogan.name),
        h('p', { class: 'muted' }, `${t('adopters')}: ${this.result.totalAdopters} · ${t('firstAdopter')}: ${firsts}`),
        h('label', { class: 'actions' }, t('groupBy'), select)),
      this.familyBox,
      h('div', { class: 'diffusion-view' },
        this.map.element,
        h('div', { class: 'diffusion-side' }, this.levelCurves.element, this.hazard,
          h('div', { class: 'compare' }, this.compareForm, this.compareStatus, this.compareCurves.element), this.strip,
          h('h3', {}, t('adoptersList')), h('p', { class: 'muted diffusion-key' }, t('diffusionKey')), this.adopters)),
    );
    this.drawAdopters();
    this.drawFamily();
    this.drawHazard();
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
    this.drawCompared();
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
