import type { Core } from 'cytoscape';
import { Store } from '../state/store';
import { ViewState } from '../state/url-state';
import { Explorer, CapInfo, ExplorerEvents, graphToElements } from '../graph/explorer';
import type { ViewEvents } from '../graph/view';
import { GraphElement } from '../graph/types';
import { countKinds, newElements } from '../graph/elements';
import { traceToElements } from '../graph/trace-elements';
import { annotatePlaces } from '../graph/annotate-places';
import { t, setLang, applyI18n } from '../i18n/i18n';
import { SearchHit, reportingPlaces } from '../api/operations';
import { byId } from './dom';
import { attachSuggest } from './suggest';
import { SidePanel } from './side-panel';
import { renderEvidence } from './evidence-panel';
import { bindDocumentView } from './document-view';
import { DiffusionController } from './diffusion-controller';
import { TracePanel } from './trace-panel';
import { CypherConsole } from './cypher-console';
import { Overview } from './overview';
import { initTabs } from './tabs';
import { placesOf } from './places';
import { Curation } from './curation';
import { BodyPage } from '../body/body-page';
import { h } from './dom';

const BODY_LEVELS = ['street', 'district', 'city', 'province'];

/** Connects the panels to the store and the explorer; each panel stays ignorant of the others. */
export class Panels {
  private explorer!: Explorer;
  private busy = false;
  private readonly showTab = initTabs((tab) => this.store.update({ tab }));
  private readonly side = new SidePanel((filter) => this.store.update({ filter }));
  private readonly overview = new Overview(() => this.cy);
  private readonly diffusion: DiffusionController;
  private readonly curation: Curation;
  private readonly bodyPage: BodyPage;
  /** Districts and cities with documents, offered by the place filter whatever is on screen. */
  private reportingPlaces: string[] = [];
  private tracePanel!: TracePanel;
  private cypherConsole!: CypherConsole;
  /** draws the open document again where it is */
  private readonly redrawDocument: () => void;

  readonly viewEvents: ViewEvents = {
    onSelect: (el) => this.select(el),
    onExpand: (id) => void this.explorer.expand(id).then(() => this.afterChange(), (e: Error) => this.status(e.message)),
    onChange: () => {
      this.refreshSide();
      this.status();
    },
    onCreate: (cy) => this.overview.attach(cy),
  };

  readonly explorerEvents: ExplorerEvents = {
    onBusy: (busy) => {
      this.busy = busy;
      this.status();
    },
    onCapped: (cap) => this.showCapped(cap),
    onSteps: (steps) => this.store.update(steps),
  };

  constructor(private readonly store: Store) {
    this.diffusion = new DiffusionController(store, () => this.explorer, () => this.refreshSide());
    this.bodyPage = new BodyPage(byId('tab-body'), {
      openDocument: (doc, start, end) => this.store.update({ doc, tab: 'document', span: start !== null && end !== null ? { start, end } : null, mention: null }),
      focus: (id) => void this.focusOn(id),
    });
    store.subscribe((s, prev) => this.onState(s, prev));
    const redrawDocument = bindDocumentView(byId('tab-document'), store, (doc) => this.curation.documentExtras(doc, redrawDocument));
    this.redrawDocument = redrawDocument;
    this.curation = new Curation(store, { explorer: () => this.explorer, afterChange: () => this.afterChange(), reselect: () => {
      this.renderSelected();
      redrawDocument();
    } });
  }

  private get cy(): Core {
    return this.explorer.view.cy;
  }

  start(explorer: Explorer): void {
    this.explorer = explorer;
    attachSuggest(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-list'), (hit) => void this.landOn(hit).catch((e: Error) => this.status(e.message)));
    this.tracePanel = new TracePanel((r) => {
      this.store.update({ trace: { from: r.from.id, to: r.to.id } });
      return this.showPath(traceToElements(r, (id) => this.knownData(id)));
    });
    this.cypherConsole = new CypherConsole(byId('tab-cypher'), (r) => void this.showElements(graphToElements(r.elements)), (query, params) => this.store.update({ query, params }));
    void this.curation.start();
    void reportingPlaces().then((places) => {
      this.reportingPlaces = places.map((p) => p.name);
      this.refreshSide();
    }, (e: Error) => this.status(e.message));
    this.restore(this.store.state);
  }

  status(message?: string): void {
    const count = this.explorer?.view.cy.elements(':visible').length ?? 0;
    const { from, to } = this.store.state.filter;
    const ranged = (from !== null || to !== null) && this.cy.elements().length && !this.explorer.datedVisible();
    const idle = !this.cy.elements().length ? t('emptyGraph') : ranged ? t('emptyYears', { from: from ?? '', to: to ?? '' }) : !count ? t('emptyFiltered') : '';
    byId('status').textContent = message ?? (this.busy ? t('loading') : idle);
  }

  /** Puts the view a link describes on screen (first load and back/forward). */
  restore(v: ViewState): void {
    this.store.update({ ...v, slogan: null, doc: null });
    this.store.update({ slogan: v.slogan, doc: v.doc });
    byId<HTMLInputElement>('search').value = v.q;
    this.showTab(v.tab);
    document.body.dataset.tab = v.tab;
    if (v.tab === 'body') void this.bodyPage.show(v.body);
    if (v.query) this.cypherConsole.setQuery(v.query, v.params);
    this.refreshSide();
    this.status();
    void this.replayView(v).catch((e: Error) => this.status(e.message));
  }

  /** The graph part of a link: landing, expansions, the trace, hidden nodes, then the selection. */
  private async replayView(v: ViewState): Promise<void> {
    if (v.focus.length) {
      await this.explorer.land(v.focus);
      this.afterChange();
      await this.explorer.replay({ expanded: v.expanded, hidden: [] });
    }
    if (v.trace) await this.tracePanel.run(v.trace.from, v.trace.to);
    for (const id of v.hidden) this.explorer.hide(id);
    this.afterChange();
    // selecting opens the evidence tab; a link keeps the tab it names
    if (v.sel) this.explorer.view.select(v.sel);
    if (this.store.state.tab !== v.tab) this.store.update({ tab: v.tab });
  }

  private onState(s: ViewState, prev: ViewState): void {
    if (s.lang !== prev.lang) this.relabel(s);
    if (s.tab !== prev.tab) this.showTab(s.tab);
    if (s.tab === 'body' && (s.tab !== prev.tab || s.body !== prev.body)) void this.bodyPage.show(s.body);
    document.body.dataset.tab = s.tab;
    // the body page widens the panel: the graph's box changed size
    if ((s.tab === 'body') !== (prev.tab === 'body')) requestAnimationFrame(() => {
      this.cy.resize();
      this.explorer.view.fit();
    });
    if (s.filter !== prev.filter) {
      this.explorer.applyFilter(s.filter);
      this.status();
    }
  }

  private relabel(s: ViewState): void {
    setLang(s.lang);
    applyI18n();
    this.refreshSide();
    this.diffusion.rerender();
    this.curation.relabel();
    this.bodyPage.render();
    this.tracePanel.relabel();
    this.cypherConsole.relabel();
    this.renderSelected();
    if (s.doc) this.redrawDocument();
    this.status();
  }

  private refreshSide(): void {
    const els = this.explorer.view.elements();
    const places = [...new Set([...this.reportingPlaces, ...placesOf(els)])].sort((a, b) => a.localeCompare(b, 'zh'));
    this.side.render(this.store.state.filter, places, countKinds(els));
    const large = this.explorer.view.mode !== 'canvas' ? ` · ${t('webgl')}` : '';
    byId('counts').textContent = t('elementsCount', { nodes: this.cy.nodes().length, edges: this.cy.edges().length }) + large;
  }

  private showCapped(cap: CapInfo | null): void {
    const box = byId('capped');
    box.hidden = !cap;
    if (!cap) return;
    (box.querySelector('span') as HTMLElement).textContent = t(cap.unit === 'nodes' ? 'capped' : 'cappedEdges', { shown: cap.shown, total: cap.total });
    (box.querySelector('button') as HTMLButtonElement).onclick = () => void cap.more().then(() => this.afterChange(), (e: Error) => this.status(e.message));
  }

  private select(el: GraphElement | null): void {
    const id = el?.data.id ?? null;
    if (this.store.state.sel !== id) this.store.update({ sel: id });
    // the diffusion follows the slogan selected, not the search box
    if (el && el.group !== 'edges' && el.data.type === 'Slogan' && this.store.state.slogan !== el.data.label) this.store.update({ slogan: String(el.data.label), year: null, level: null });
    this.renderSelected(el);
    if (el && this.store.state.tab !== 'evidence' && this.store.state.tab !== 'cypher') this.store.update({ tab: 'evidence' });
  }

  /** The evidence panel for an element (by default what is selected), without changing tabs. */
  private renderSelected(el: GraphElement | null = this.selected()): void {
    void renderEvidence(byId('tab-evidence'), this.cy, el, {
      openDocument: (doc, start, end) => this.store.update({ doc, tab: 'document', span: start !== null && end !== null ? { start, end } : null, mention: null }),
      select: (other) => this.explorer.view.select(other),
      extras: (shown) => [...this.bodyLink(shown), ...this.curation.extras(shown)],
    });
  }

  /** A place's way to its body page. */
  private bodyLink(el: GraphElement): HTMLElement[] {
    if (el.group !== 'nodes' || el.data.type !== 'Place' || !BODY_LEVELS.includes(String(el.data.level))) return [];
    return [h('button', { type: 'button', id: 'open-body', onclick: () => this.store.update({ body: el.data.id, tab: 'body' }) }, t('openBody'))];
  }

  /** Puts an entity named on the body page at the centre of the graph. */
  private async focusOn(id: string): Promise<void> {
    this.store.update({ focus: [id], sel: id });
    await this.explorer.land([id]);
    this.afterChange();
    this.explorer.view.select(id);
  }

  private selected(): GraphElement | null {
    const sel = this.explorer ? this.cy.$(':selected').first() : null;
    return sel?.nonempty() ? (sel.json() as unknown as GraphElement) : null;
  }

  /** After elements arrive: filters and the diffusion's reveal apply to the new ones too. */
  afterChange(): void {
    annotatePlaces(this.cy);
    this.explorer.applyFilter(this.store.state.filter);
    this.diffusion.apply();
  }

  private async landOn(hit: SearchHit): Promise<void> {
    const patch: Partial<ViewState> = { q: hit.name, focus: [hit.id], sel: hit.id, trace: null };
    if (hit.type === 'Slogan') Object.assign(patch, { slogan: hit.name, year: null });
    if (hit.type === 'Document') Object.assign(patch, { doc: hit.id, tab: 'document' });
    if (hit.type === 'Place') Object.assign(patch, { body: hit.id });
    this.store.update(patch);
    await this.explorer.land([hit.id]);
    this.afterChange();
    this.explorer.view.select(hit.id);
  }

  private knownData(id: string): GraphElement['data'] | undefined {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? { ...node.data() } : undefined;
  }

  /** Draws a traced path over the view: its elements added where missing and marked. */
  private async showPath(els: GraphElement[]): Promise<void> {
    this.cy.elements('.path').removeClass('path');
    // a step already drawn (under the neighbourhood's id) is marked, not drawn twice
    const drawn = (el: GraphElement) => this.cy.edges().filter((e) => e.source().id() === el.data.source && e.target().id() === el.data.target && e.data('type') === el.data.type);
    const fresh = els.filter((el) => el.group !== 'edges' || drawn(el).empty());
    this.explorer.view.add(newElements(this.explorer.view.ids(), fresh));
    const ids = new Set(els.map((e) => e.data.id));
    this.cy.elements().filter((e) => ids.has(e.id())).addClass('path');
    els.filter((el) => el.group === 'edges').forEach((el) => void drawn(el).addClass('path'));
    this.afterChange();
    await this.explorer.relayout();
  }

  async showElements(els: GraphElement[], asPath = false): Promise<void> {
    this.explorer.view.replace(els);
    if (asPath) this.cy.elements().addClass('path');
    this.afterChange();
    await this.explorer.relayout();
  }
}
