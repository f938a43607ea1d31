import { Store } from '../state/store';
import { Explorer } from '../graph/explorer';
import type { LayoutName } from '../state/url-state';
import { exportView } from './export-menu';
import { byId } from './dom';
import type { Panels } from './panels';

function selectedNodeId(explorer: Explorer): string | null {
  const node = explorer.view.cy.$('node:selected').first();
  return node.nonempty() ? node.id() : null;
}

/** Toolbar buttons and keyboard shortcuts over the graph canvas. */
export function wireToolbar(store: Store, explorer: Explorer, panels: Panels): void {
  const onSelected = (act: (id: string) => unknown) => () => {
    const id = selectedNodeId(explorer);
    if (id) void Promise.resolve(act(id)).catch((e: Error) => panels.status(e.message));
  };
  const actions: Record<string, () => void> = {
    'btn-fit': () => explorer.view.fit(),
    'btn-zoom-sel': () => explorer.view.zoomToSelection(),
    'btn-expand': onSelected((id) => explorer.expand(id).then(() => panels.afterChange())),
    'btn-collapse': onSelected((id) => explorer.collapse(id)),
    'btn-hide': onSelected((id) => explorer.hide(id)),
    'btn-undo': () => void explorer.undo(),
  };
  for (const [id, act] of Object.entries(actions)) byId(id).addEventListener('click', act);

  const layout = byId<HTMLSelectElement>('layout-select');
  layout.value = store.state.layout;
  explorer.layoutName = store.state.layout;
  layout.addEventListener('change', () => {
    store.update({ layout: layout.value as LayoutName });
    void explorer.relayout(layout.value as LayoutName);
  });

  const exportSelect = byId<HTMLSelectElement>('export-select');
  exportSelect.addEventListener('change', () => {
    const format = exportSelect.value as 'png' | 'svg' | 'json' | 'graphml' | 'gexf';
    exportSelect.value = '';
    if (format) void exportView(explorer.view.cy, format, explorer.view.elements()).catch((e: Error) => panels.status(e.message));
  });

  byId('lang-toggle').addEventListener('click', () => store.update({ lang: store.state.lang === 'zh' ? 'en' : 'zh' }));

  byId('cy').addEventListener('keydown', (e) => {
    if (e.key === 'Delete' || e.key === 'Backspace') actions['btn-hide']();
    else if (e.key === 'Enter') actions['btn-expand']();
    else if (e.key === 'z' && (e.ctrlKey || e.metaKey)) actions['btn-undo']();
    else if (e.key === 'f') actions['btn-fit']();
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') explorer.view.selectNext(e.key === 'ArrowRight' ? 1 : -1);
    else return;
    e.preventDefault();
  });
}
