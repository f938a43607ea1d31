import type { Core } from 'cytoscape';
import { Store } from '../state/store';
import { ViewState } from '../state/url-state';
import { Explorer, CapInfo } from '../graph/explorer';
import type { ViewEvents } from '../graph/view';
import { GraphElement } from '../graph/types';
import { countKinds } from '../graph/elements';
import { isFiltering } from '../graph/filters';
import { DiffusionModel } from '../graph/diffusion-model';
import { traceToElements } from '../graph/trace-elements';
import { graphToElements } from '../graph/explorer';
import { t, setLang, applyI18n } from '../i18n/i18n';
import { SearchHit } from '../api/operations';
import { byId } from './dom';
import { attachSuggest } from './suggest';
import { SidePanel } from './side-panel';
import { renderEvidence } from './evidence-panel';
import { renderDocument } from './document-view';
import { DiffusionPanel } from './diffusion-panel';
import { Timeline } from './timeline';
import { TracePanel } from './trace-panel';
import { CypherConsole } from './cypher-console';
import { Overview } from './overview';
import { initTabs } from './tabs';
import { placesOf } from './places';

export type Panels = ReturnType<typeof wirePanels>;

/** Connects the panels to the store and the explorer; each panel stays ignorant of the others. */
export function wirePanels(store: Store) {
  let explorer: Explorer;
  let busy = false;
  let docFocus: { start: number; end: number } | null = null;
  const cy = (): Core => explorer.view.cy;
  const statusEl = byId('status');
  const showTab = initTabs((tab) => store.update({ tab }));
  const side = new SidePanel((filter) => store.update({ filter }));
  const overview = new Overview(cy);
  const timeline = new Timeline((year) => store.update({ year }));
  const diffusionPanel = new DiffusionPanel(byId('tab-diffusion'), { onModel: (m) => onDiffusion(m) });

  const status = (message?: string) => {
    const count = explorer?.view.cy.elements(':visible').length ?? 0;
    statusEl.textContent = message ?? (busy ? t('loading') : !cy().elements().length ? t('emptyGraph') : !count ? t('emptyFiltered') : '');
  };
  const refreshSide = () => {
    const els = explorer.view.elements();
    side.render(store.state.filter, placesOf(els), countKinds(els));
    const nodes = cy().nodes().length;
    byId('counts').textContent = t('elementsCount', { nodes, edges: cy().edges().length }) + (explorer.view.mode !== 'canvas' ? ` · ${t('webgl')}` : '');
  };
  const onCapped = (cap: CapInfo | null) => {
    const box = byId('capped');
    box.hidden = !cap;
    if (!cap) return;
    (box.querySelector('span') as HTMLElement).textContent = t('capped', { shown: cap.shown, total: cap.total });
    (box.querySelector('button') as HTMLButtonElement).onclick = () => void cap.more().catch((e: Error) => status(e.message));
  };
  const select = (el: GraphElement | null) => {
    if (store.state.sel !== (el?.data.id ?? null)) store.update({ sel: el?.data.id ?? null });
    void renderEvidence(byId('tab-evidence'), cy(), el, {
      openDocument: (id, start, end) => {
        docFocus = start !== null && end !== null ? { start, end } : null;
        store.update({ doc: id, tab: 'document' });
      },
      select: (id) => explorer.view.select(id),
    });
    if (el && store.state.tab !== 'evidence' && store.state.tab !== 'cypher') store.update({ tab: 'evidence' });
  };
  const revealYear = () => explorer.revealYear(store.state.year, (id) => diffusionPanel.model?.firstYearById.get(id));
  function onDiffusion(m: DiffusionModel | null) {
    timeline.setRange(m?.minYear ?? null, m?.maxYear ?? null, store.state.year);
    cy().nodes().forEach((n) => void n.toggleClass('first-adopter', !!m?.firstIds.has(n.id())));
    // Adopters carry their district and city, which the place filter needs.
    for (const a of m?.groups.flatMap((g) => g.adopters) ?? []) cy().getElementById(a.body.id).data({ district: a.district, city: a.city });
    refreshSide();
    revealYear();
    yearSummary();
  }
  const yearSummary = () => {
    const m = diffusionPanel.model;
    const year = store.state.year ?? m?.maxYear;
    if (!m || year === undefined) return timeline.summary('');
    const count = m.cumulative.find((c) => c.year === year)?.count ?? 0;
    const fresh = m.groups.flatMap((g) => g.adopters).filter((a) => (a.firstYear ?? 0) === year).map((a) => a.body.name);
    timeline.summary(t('adoptersInYear', { year, count }) + (fresh.length ? ` · ${fresh.join('、')}` : ''));
  };

  const landOn = async (hit: SearchHit) => {
    const patch: Partial<ViewState> = { q: hit.name, focus: [hit.id], sel: hit.id };
    if (hit.type === 'Slogan') Object.assign(patch, { slogan: hit.name, year: null });
    if (hit.type === 'Document') Object.assign(patch, { doc: hit.id, tab: 'document' });
    store.update(patch);
    await explorer.land([hit.id]);
    explorer.applyFilter(store.state.filter);
    explorer.view.select(hit.id);
  };

  const showElements = async (els: GraphElement[], pathClass = false) => {
    explorer.view.replace(els);
    if (pathClass) cy().elements().addClass('path');
    explorer.applyFilter(store.state.filter);
    await explorer.relayout();
  };

  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      setLang(s.lang);
      applyI18n();
      refreshSide();
      diffusionPanel.render();
      status();
    }
    if (s.tab !== prev.tab) showTab(s.tab);
    if (s.filter !== prev.filter) {
      explorer.applyFilter(s.filter);
      status();
    }
    if (s.year !== prev.year) {
      diffusionPanel.setYear(s.year);
      revealYear();
      yearSummary();
    }
    if (s.slogan !== prev.slogan) void diffusionPanel.load(s.slogan);
    if (s.doc !== prev.doc || (s.tab === 'document' && prev.tab !== 'document')) void renderDocument(byId('tab-document'), s.doc, docFocus);
  });

  const viewEvents: ViewEvents = {
    onSelect: select,
    onExpand: (id) => void explorer.expand(id).then(() => explorer.applyFilter(store.state.filter)),
    onChange: () => {
      refreshSide();
      status();
    },
    onCreate: (c) => overview.attach(c),
  };

  return {
    viewEvents,
    explorerEvents: {
      onBusy: (b: boolean) => {
        busy = b;
        status();
      },
      onCapped,
    },
    status,
    showElements,
    showTrace: (r: Parameters<typeof traceToElements>[0]) => showElements(traceToElements(r), true),
    start(e: Explorer) {
      explorer = e;
      attachSuggest(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-list'), (hit) => void landOn(hit).catch((err: Error) => status(err.message)));
      new TracePanel((r) => void showElements(traceToElements(r), true));
      new CypherConsole(byId('tab-cypher'), (r) => void showElements(graphToElements(r.elements)));
      this.restore(store.state);
    },
    restore(v: ViewState) {
      store.update({ ...v, slogan: null, doc: null });
      store.update({ slogan: v.slogan, doc: v.doc });
      (byId<HTMLInputElement>('search')).value = v.q;
      showTab(v.tab);
      refreshSide();
      status();
      if (v.focus.length) {
        void explorer.land(v.focus).then(() => {
          explorer.applyFilter(store.state.filter);
          if (v.sel) explorer.view.select(v.sel);
          onDiffusion(diffusionPanel.model);
        }).catch((err: Error) => status(err.message));
      }
    },
    isFiltering: () => isFiltering(store.state.filter),
  };
}
