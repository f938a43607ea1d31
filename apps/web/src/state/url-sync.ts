import { Store } from './store';
import { decodeView, encodeView, ViewState } from './url-state';

/** Keeps the address bar in step with the view; a new focus is a history entry, the rest replaces. */
export function syncUrl(store: Store, restore: (v: ViewState) => void): void {
  store.subscribe((state, prev) => {
    const query = encodeView(state);
    const url = query ? `?${query}` : window.location.pathname;
    if (url === window.location.search) return;
    if (state.focus.join() !== prev.focus.join()) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => restore(decodeView(window.location.search)));
}
