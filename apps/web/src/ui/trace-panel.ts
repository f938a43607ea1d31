import { trace, SearchHit, TraceResult } from '../api/operations';
import { attachSuggest } from './suggest';
import { t } from '../i18n/i18n';
import { h, byId, errorBox } from './dom';
import { pathLine } from '../graph/trace-elements';

function listOf(input: HTMLInputElement): HTMLUListElement {
  const list = input.closest('.suggest')?.querySelector('ul');
  if (!list) throw new Error(`#${input.id} has no suggestion list`);
  return list;
}

/** The trace tab: two type-ahead fields and the paths found between them. */
export class TracePanel {
  private from: SearchHit | null = null;
  private to: SearchHit | null = null;
  private readonly out = byId('trace-result');
  /** the paths last found, shown again in another language */
  private found: TraceResult | null = null;

  constructor(private readonly show: (r: TraceResult) => void | Promise<void>) {
    const fromInput = byId<HTMLInputElement>('trace-from');
    const toInput = byId<HTMLInputElement>('trace-to');
    attachSuggest(fromInput, listOf(fromInput), (hit) => (this.from = hit));
    attachSuggest(toInput, listOf(toInput), (hit) => (this.to = hit));
    byId('trace-run').addEventListener('click', () => void this.run(fromInput.value, toInput.value));
  }

  async run(fromText: string, toText: string): Promise<void> {
    const from = this.from?.name === fromText ? this.from.id : fromText.trim();
    const to = this.to?.name === toText ? this.to.id : toText.trim();
    if (!from || !to) return;
    byId<HTMLInputElement>('trace-from').value = fromText;
    byId<HTMLInputElement>('trace-to').value = toText;
    this.found = null;
    this.out.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const r = await trace(from, to);
      this.found = r;
      this.paint(r);
      if (!r.paths.length) return;
      byId<HTMLInputElement>('trace-from').value = r.from.name;
      byId<HTMLInputElement>('trace-to').value = r.to.name;
      await this.show(r);
    } catch (e) {
      this.out.replaceChildren(errorBox((e as Error).message));
    }
  }

  /** Shows the paths found again, in the current language. */
  relabel(): void {
    if (this.found) this.paint(this.found);
  }

  private paint(r: TraceResult): void {
    if (!r.paths.length) return void this.out.replaceChildren(h('p', {}, t('traceNone')));
    this.out.replaceChildren(h('p', {}, t('tracePaths', { count: r.paths.length })),
      h('ol', {}, ...r.paths.map((p) => h('li', {}, pathLine(p)))));
  }
}
