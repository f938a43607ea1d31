import { search, type EntityType, type SearchHit } from '../api/operations';
import { t } from '../i18n/i18n';
import { KIND_STYLE } from '../graph/palette';
import { nodeKind } from '../graph/elements';
import { h } from './dom';
import { hitContext } from './hit-context';

const DEBOUNCE_MS = 150;

function badge(hit: SearchHit): HTMLElement {
  const kind = nodeKind({ id: hit.id, type: hit.type, level: hit.facts?.level ?? hit.context?.match(/street|district|city|province/)?.[0] });
  return h('span', { class: 'badge', style: `background:${KIND_STYLE[kind].color}` }, t(kind === 'other' ? 'other' : kind));
}

/** Type-ahead over search(): arrows move, Enter picks, Escape closes. */
class Suggest {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (hit: SearchHit) => void,
    private readonly types?: readonly EntityType[],
  ) {
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 100));
    input.addEventListener('keydown', (e) => this.key(e));
  }

  private optionId(i: number): string {
    return `${this.list.id}-${i}`;
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private render(message?: string): void {
    const options = this.hits.map((hit, i) =>
      h('li', { role: 'option', id: this.optionId(i), 'aria-selected': String(i === this.active), onmousedown: (e: Event) => (e.preventDefault(), this.pick(i)) },
        badge(hit), h('span', {}, hit.name), h('span', { class: 'ctx' }, hitContext(hit))));
    this.list.replaceChildren(...(message ? [h('li', { class: 'muted' }, message)] : options));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0 && !message) this.input.setAttribute('aria-activedescendant', this.optionId(this.active));
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    this.onPick(hit);
  }

  private async run(): Promise<void> {
    const text = this.input.value.trim();
    this.inflight?.abort();
    if (!text) return this.close();
    this.inflight = new AbortController();
    this.render(t('searching'));
    try {
      this.hits = await search(text, this.inflight.signal, this.types);
      // the field was left (a form sent, another field taken) while the search ran: no list opens over the page
      if (document.activeElement !== this.input) return this.close();
      this.active = this.hits.length ? 0 : -1;
      this.render(this.hits.length ? undefined : t('noResults'));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.render(`${t('errorPrefix')}: ${(e as Error).message}`);
    }
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') return this.close();
    if (e.key === 'Enter') return this.list.hidden ? void this.run() : this.pick(Math.max(this.active, 0));
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    if (!this.hits.length) return;
    this.active = (this.active + (e.key === 'ArrowDown' ? 1 : this.hits.length - 1)) % this.hits.length;
    this.render();
  }
}

export function attachSuggest(input: HTMLInputElement, list: HTMLUListElement, onPick: (hit: SearchHit) => void, types?: readonly EntityType[]): void {
  new Suggest(input, list, onPick, types);
}
