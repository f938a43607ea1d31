import type { Core } from 'cytoscape';
import { Store } from '../state/store';
import type { Explorer } from '../graph/explorer';
import { t } from '../i18n/i18n';
import { byId } from './dom';
import { DiffusionPanel } from './diffusion-panel';
import { Timeline } from './timeline';

/** The slogan's diffusion: loads it, drives the year slider and reveals adopters on the graph. */
export class DiffusionController {
  private readonly timeline = new Timeline((year) => this.store.update({ year }));
  readonly panel = new DiffusionPanel(byId('tab-diffusion'), {
    onModel: () => this.apply(),
    onAdopter: (id) => void this.showAdopter(id),
    // the second slogan and the level go into the address, so a link shows them again
    onCompare: (compare) => this.store.update({ compare }),
    onLevel: (level) => this.store.update({ level }),
  });

  constructor(
    private readonly store: Store,
    private readonly explorer: () => Explorer,
    private readonly onPlaces: () => void,
  ) {
    store.subscribe((s, prev) => {
      if (s.year !== prev.year) this.showYear();
      if (s.slogan !== prev.slogan) void this.panel.load(s.slogan, { compare: s.compare, level: s.level });
      else if (s.compare !== prev.compare || s.level !== prev.level) void this.panel.follow({ compare: s.compare, level: s.level });
    });
  }

  private get cy(): Core {
    return this.explorer().view.cy;
  }

  /** Applies the current model to the graph: first adopters, places, the year's reveal. */
  apply(): void {
    const m = this.panel.model;
    this.timeline.setRange(m?.minYear ?? null, m?.maxYear ?? null, this.store.state.year);
    this.cy.nodes().forEach((n) => void n.toggleClass('first-adopter', !!m?.firstIds.has(n.id())));
    // Adopters carry their district and city, which the place filter needs.
    for (const a of m?.groups.flatMap((g) => g.adopters) ?? []) this.cy.getElementById(a.body.id).data({ district: a.district, city: a.city });
    this.onPlaces();
    this.showYear();
  }

  private showYear(): void {
    const m = this.panel.model;
    this.panel.setYear(this.store.state.year);
    this.explorer().revealYear(this.store.state.year, (id) => m?.firstYearById.get(id));
    const year = this.store.state.year ?? m?.maxYear;
    if (!m || year === undefined) return this.timeline.summary('');
    const count = m.cumulative.find((c) => c.year === year)?.count ?? 0;
    const fresh = m.groups.flatMap((g) => g.adopters).filter((a) => a.firstYear === year).map((a) => a.body.name);
    this.timeline.summary(t('adoptersInYear', { year, count }) + (fresh.length ? ` · ${fresh.join('、')}` : ''));
  }

  /** An adopter picked in the chart: selected in the graph, brought in first when it is not there. */
  private async showAdopter(id: string): Promise<void> {
    const explorer = this.explorer();
    if (explorer.view.cy.getElementById(id).empty()) await explorer.expand(this.store.state.focus[0] ?? id);
    if (explorer.view.cy.getElementById(id).empty()) {
      this.store.update({ focus: [id], sel: id });
      await explorer.land([id]);
      this.apply();
    }
    const tab = this.store.state.tab;
    explorer.view.select(id);
    explorer.view.zoomToSelection();
    // the chart stays in view: selecting would open the evidence tab
    if (this.store.state.tab !== tab) this.store.update({ tab });
  }

  rerender(): void {
    this.panel.render();
    this.showYear();
  }
}
