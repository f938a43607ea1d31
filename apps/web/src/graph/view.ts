import cytoscape, { Collection, Core, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { graphStyle, largeGraphStyle, mediumGraphStyle } from './style';
import { layoutOptions } from './layouts';
import { GraphElement } from './types';
import { RendererMode, rendererFor, hasHardwareWebgl } from './renderer';
import type { LayoutName } from '../state/url-state';
import { aggregateStyle } from './aggregate-style';
import { syncElements } from './aggregate-sync';
import { AggregateNotice } from './aggregate-notice';
import { ViewGroups } from './aggregate-control';
import { aggregateLayout } from './aggregate-layout';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Past this many drawn elements the canvas renderer gives way to WebGL (a grouped view draws far fewer). */
export const WEBGL_ABOVE = 5000;
/** Past this many nodes the canvas uses the lighter style. */
const MEDIUM_ABOVE = 300;

const withGroups = (style: StylesheetJson): StylesheetJson => [...style, ...aggregateStyle];

export interface ViewEvents {
  onSelect(el: GraphElement | null): void;
  onExpand(id: string): void;
  onChange(): void;
  onCreate(cy: Core): void;
}

/** Owns the Cytoscape instance: elements in, layouts, renderer choice, events out. */
export class GraphView {
  cy: Core;
  mode: RendererMode = 'canvas';
  /** Element count beyond which the WebGL renderer takes over. */
  webglAbove = WEBGL_ABOVE;
  webglAllowed: () => boolean = hasHardwareWebgl;
  /** Past `groups.above` elements nodes are shown in groups (aggregate-control.ts). */
  readonly groups: ViewGroups;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: ViewEvents,
  ) {
    const notice = new AggregateNotice(container.parentElement ?? container, (id) => this.events.onExpand(id));
    this.groups = new ViewGroups(this, notice);
    this.cy = this.create('canvas', []);
  }

  /** Whether the WebGL renderer is in use (it needs a GPU; see renderer.ts). */
  get webgl(): boolean {
    return this.mode === 'webgl';
  }

  private create(mode: RendererMode, elements: ElementDefinition[]): Core {
    this.mode = mode;
    this.medium = false;
    const large = mode !== 'canvas';
    const cy = cytoscape({
      container: this.container,
      elements,
      style: withGroups(large ? largeGraphStyle : graphStyle),
      minZoom: 0.02,
      maxZoom: 4,
      hideEdgesOnViewport: large,
      textureOnViewport: mode === 'large',
      pixelRatio: large ? 1 : 'auto',
      renderer: (mode === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' }) as never,
    } as cytoscape.CytoscapeOptions);
    cy.on('select', (e: EventObject) => this.events.onSelect(e.target.json() as GraphElement));
    cy.on('unselect', () => setTimeout(() => cy.$(':selected').empty() && this.events.onSelect(null), 0));
    cy.on('dbltap', 'node', (e: EventObject) => this.events.onExpand(e.target.id()));
    cy.on('select unselect', 'node.aggregate', () => this.groups.showSelected());
    // add/remove fire per element: report once per batch of changes.
    cy.on('add remove', () => this.changed());
    this.events.onCreate(cy);
    return cy;
  }

  private pending: ReturnType<typeof setTimeout> | undefined;
  private changed(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.events.onChange();
    }, 30);
  }

  /** Swaps the renderer when the element count crosses the WebGL threshold. */
  private ensureRenderer(total: number): void {
    const mode = rendererFor(total, this.webglAbove, this.webglAllowed);
    if (mode === this.mode) return;
    const keep = this.cy.elements().jsons() as ElementDefinition[];
    this.cy.destroy();
    this.cy = this.create(mode, keep);
  }

  /** Puts these elements on screen, in groups past `groups.above`; `keep` stay single (the focus). */
  replace(elements: readonly GraphElement[], keep: readonly string[] = []): void {
    const shown = this.groups.start(elements, keep) ?? elements;
    this.cy.elements().remove();
    this.ensureRenderer(shown.length);
    this.cy.add(shown as ElementDefinition[]);
    this.fitStyle();
    this.groups.showNotice();
  }

  /** Adds elements; in a grouped view they and `show` stay single while the rest stays folded. */
  add(elements: readonly GraphElement[], show: readonly string[] = []): void {
    if (this.groups.add(elements, show)) return;
    this.ensureRenderer(this.cy.elements().length + elements.length);
    this.cy.add(elements as ElementDefinition[]);
    this.fitStyle();
  }

  /** Makes the graph hold exactly `next`, keeping the positions of what stays; returns what is new. */
  show(next: readonly GraphElement[]): Collection {
    this.ensureRenderer(next.length);
    const added = syncElements(this.cy, next);
    this.fitStyle();
    return added;
  }

  private medium = false;
  /** On the canvas renderer, switches to the lighter style past MEDIUM_ABOVE nodes and back. */
  private fitStyle(): void {
    if (this.mode !== 'canvas') return;
    const medium = this.cy.nodes().length > MEDIUM_ABOVE;
    if (medium === this.medium) return;
    this.medium = medium;
    this.cy.style(withGroups(medium ? mediumGraphStyle : graphStyle));
  }

  ids(): Set<string> {
    return new Set(this.cy.elements().map((e) => e.id()));
  }

  elements(): GraphElement[] {
    return this.cy.elements().map((e) => ({ group: e.group(), data: { ...e.data() } }) as GraphElement);
  }

  /** Runs a layout over the visible elements; resolves when it stops. */
  layout(name: LayoutName): Promise<void> {
    const visible = this.cy.elements(':visible');
    const options = this.groups.active && name === 'fcose' ? aggregateLayout : layoutOptions(name, visible.nodes().length);
    return new Promise((resolve) => {
      const layout = visible.layout(options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 30);
  }

  zoomToSelection(): void {
    const sel = this.cy.$(':selected');
    if (sel.nonempty()) this.cy.animate({ fit: { eles: sel.closedNeighborhood(), padding: 60 }, duration: 300 });
  }

  select(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.$(':selected').unselect();
    el.select();
  }

  /** Keyboard stepping through the visible nodes, in label order. */
  selectNext(step: 1 | -1): void {
    const nodes = this.cy.nodes(':visible').sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), 'zh'));
    if (nodes.empty()) return;
    const at = nodes.toArray().findIndex((n) => n.selected());
    const next = nodes[at < 0 ? 0 : (at + step + nodes.length) % nodes.length];
    this.select(next.id());
    this.cy.animate({ center: { eles: next }, duration: 150 });
  }
}
