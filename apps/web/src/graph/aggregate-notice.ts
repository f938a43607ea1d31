import { t } from '../i18n/i18n';
import { h } from '../ui/dom';
import { EXPAND_CAP } from './aggregate';

export interface AggregateSummary {
  elements: number;
  nodes: number;
  groups: number;
}

export interface SelectedGroup {
  id: string;
  name: string;
  count: number;
}

const BOX_STYLE = {
  position: 'absolute',
  top: '48px',
  right: '10px',
  maxWidth: '42%',
  zIndex: '5',
  background: '#e7f5ff',
  border: '1px solid #74c0fc',
  borderRadius: '4px',
  padding: '6px 10px',
  fontSize: '12px',
  lineHeight: '1.5',
};

/** Says that the view is grouped and how to see the members; its button expands the selected group. */
export class AggregateNotice {
  private readonly root = h('div', { id: 'aggregate-notice', class: 'aggregate-notice', role: 'status', hidden: true });
  private summary: AggregateSummary | null = null;
  private selected: SelectedGroup | null = null;

  constructor(host: HTMLElement, private readonly onExpand: (id: string) => void) {
    Object.assign(this.root.style, BOX_STYLE);
    host.append(this.root);
    // The page switches language by setting <html lang>; the notice follows it.
    new MutationObserver(() => this.render()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  show(summary: AggregateSummary | null): void {
    this.summary = summary;
    if (!summary) this.selected = null;
    this.render();
  }

  select(group: SelectedGroup | null): void {
    this.selected = group;
    this.render();
  }

  private render(): void {
    this.root.hidden = !this.summary;
    if (!this.summary) return void this.root.replaceChildren();
    const group = this.selected;
    const button = h('button', { type: 'button', class: 'expand-group', disabled: !group || group.count === 0, onclick: () => group && this.onExpand(group.id) }, t('expandGroup'));
    this.root.replaceChildren(
      h('strong', { class: 'aggregate-summary' }, t('aggregated', { ...this.summary })),
      h('div', { class: 'aggregate-how' }, t('aggregatedHow', { cap: EXPAND_CAP })),
      h('div', { class: 'aggregate-actions' }, button, ' ', group ? h('span', { class: 'aggregate-selected' }, t('aggregateSelected', { name: group.name, count: group.count })) : null),
    );
  }
}
