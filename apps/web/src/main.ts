import './styles.css';
import { GraphView } from './graph/view';
import { Explorer } from './graph/explorer';
import { Store } from './state/store';
import { decodeView } from './state/url-state';
import { syncUrl } from './state/url-sync';
import { applyI18n, setLang } from './i18n/i18n';
import { Panels } from './ui/panels';
import { wireToolbar } from './ui/toolbar';
import { exposeDebugHandle } from './ui/debug-handle';

const store = new Store(decodeView(window.location.search));
setLang(store.state.lang);
applyI18n();

const panels = new Panels(store);
const view = new GraphView(document.getElementById('cy') as HTMLElement, panels.viewEvents);
const explorer = new Explorer(view, panels.explorerEvents);
panels.start(explorer);
wireToolbar(store, explorer, panels);
syncUrl(store, (v) => panels.restore(v));
exposeDebugHandle(view, explorer);

window.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  panels.status(String((e.reason as Error)?.message ?? e.reason));
});
