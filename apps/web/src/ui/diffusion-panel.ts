import { diffusion, DiffusionResult } from '../api/operations';
import { diffusionModel, DiffusionModel, GroupBy, GROUPINGS } from '../graph/diffusion-model';
import { diffusionSvg } from './diffusion-svg';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h, errorBox } from './dom';

const GROUP_LABEL: Record<GroupBy, MessageKey> = { district: 'byDistrict', city: 'byCity', province: 'byProvince' };

export interface DiffusionHandlers {
  onModel(model: DiffusionModel | null): void;
  /** An adopter picked in the chart. */
  onAdopter?(id: string): void;
}

/** The diffusion tab: loads a slogan's adoption and draws it for the current year. */
export class DiffusionPanel {
  private result: DiffusionResult | null = null;
  private groupBy: GroupBy = 'district';
  model: DiffusionModel | null = null;
  private year: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: DiffusionHandlers,
  ) {
    this.render();
  }

  async load(slogan: string | null): Promise<void> {
    this.result = null;
    this.model = null;
    if (!slogan) return this.finish();
    this.root.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      this.result = await diffusion(slogan);
      this.model = diffusionModel(this.result, this.groupBy);
    } catch (e) {
      this.root.replaceChildren(errorBox((e as Error).message));
      return this.handlers.onModel(null);
    }
    this.finish();
  }

  private finish(): void {
    this.render();
    this.handlers.onModel(this.model);
  }

  setYear(year: number | null): void {
    this.year = year;
    this.render();
  }

  render(): void {
    if (!this.result || !this.model) return void this.root.replaceChildren(h('p', { class: 'muted' }, t('diffusionHint')));
    const select = h('select', { 'aria-label': t('groupBy'), onchange: (e: Event) => this.regroup((e.target as HTMLSelectElement).value as GroupBy) },
      ...GROUPINGS.map((g) => h('option', { value: g, selected: this.groupBy === g }, t(GROUP_LABEL[g]))));
    const firsts = this.result.firstAdopters.map((a) => `${a.body.name} (${a.firstYear ?? ''})`).join('、');
    this.root.replaceChildren(
      h('h2', {}, this.result.slogan.name),
      h('p', { class: 'muted' }, `${t('adopters')}: ${this.result.totalAdopters} · ${t('firstAdopter')}: ${firsts}`),
      h('label', { class: 'actions' }, t('groupBy'), select),
      h('p', { class: 'muted diffusion-key' }, t('diffusionKey')),
      h('div', { class: 'diffusion' }, diffusionSvg(this.model, this.year, (id) => this.handlers.onAdopter?.(id), this.root.clientWidth - 24)),
    );
  }

  private regroup(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    if (this.result) this.model = diffusionModel(this.result, groupBy);
    this.render();
  }
}
