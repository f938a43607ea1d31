import { search, SearchHit } from '../api/operations';
import { t } from '../i18n/i18n';
import { KIND_STYLE } from '../graph/palette';
import { nodeKind } from '../graph/elements';
import { h } from './dom';

const DEBOUNCE_MS = 150;

function badge(hit: SearchHit): HTMLElement {
  const kind = nodeKind({ id: hit.id, type: hit.type, level: hit.context?.match(/street|district|city|province/)?.[0] });
  return h('span', { class: 'badge', style: `background:${KIND_STYLE[kind].color}` }, t(kind === 'other' ? 'other' : kind));
}

/** Type-ahead over search(): arrows move, Enter picks, Escape closes. */
export function attachSuggest(input: HTMLInputElement, list: HTMLUListElement, onPick: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const render = (message?: string) => {
    list.replaceChildren(
      ...(message
        ? [h('li', { class: 'muted' }, message)]
        : hits.map((hit, i) =>
            h('li', { role: 'option', id: `${list.id || 'opt'}-${i}`, 'aria-selected': String(i === active), onmousedown: (e: Event) => (e.preventDefault(), pick(i)) },
              badge(hit), h('span', {}, hit.name), h('span', { class: 'ctx' }, hit.context ?? '')),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0 && !message) input.setAttribute('aria-activedescendant', `${list.id || 'opt'}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };
  const run = async () => {
    const text = input.value.trim();
    inflight?.abort();
    if (!text) return close();
    inflight = new AbortController();
    render(t('searching'));
    try {
      hits = await search(text, inflight.signal);
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : t('noResults'));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') render(`${t('errorPrefix')}: ${(e as Error).message}`);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return close();
    if (e.key === 'Enter') return list.hidden ? void run() : pick(Math.max(active, 0));
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    if (!hits.length) return;
    active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
    render();
  });
}
