import cytoscape, { Core, ElementDefinition, EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { graphStyle, largeGraphStyle } from './style';
import { layoutOptions } from './layouts';
import { GraphElement } from './types';
import type { LayoutName } from '../state/url-state';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Past this many elements the canvas renderer gives way to WebGL. */
export const WEBGL_ABOVE = 5000;

export interface ViewEvents {
  onSelect(el: GraphElement | null): void;
  onExpand(id: string): void;
  onChange(): void;
  onCreate(cy: Core): void;
}

/** Owns the Cytoscape instance: elements in, layouts, renderer choice, events out. */
export class GraphView {
  cy: Core;
  webgl = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: ViewEvents,
  ) {
    this.cy = this.create(false, []);
  }

  private create(webgl: boolean, elements: ElementDefinition[]): Core {
    this.webgl = webgl;
    const cy = cytoscape({
      container: this.container,
      elements,
      style: webgl ? largeGraphStyle : graphStyle,
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 4,
      hideEdgesOnViewport: webgl,
      textureOnViewport: false,
      renderer: (webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' }) as never,
    } as cytoscape.CytoscapeOptions);
    cy.on('select', (e: EventObject) => this.events.onSelect(e.target.json() as GraphElement));
    cy.on('unselect', () => setTimeout(() => cy.$(':selected').empty() && this.events.onSelect(null), 0));
    cy.on('dbltap', 'node', (e: EventObject) => this.events.onExpand(e.target.id()));
    cy.on('add remove', () => this.events.onChange());
    this.events.onCreate(cy);
    return cy;
  }

  /** Swaps the renderer when the element count crosses the WebGL threshold. */
  private ensureRenderer(total: number): void {
    const wantWebgl = total > WEBGL_ABOVE;
    if (wantWebgl === this.webgl) return;
    const keep = this.cy.elements().jsons() as ElementDefinition[];
    this.cy.destroy();
    this.cy = this.create(wantWebgl, keep);
  }

  replace(elements: readonly GraphElement[]): void {
    this.cy.elements().remove();
    this.ensureRenderer(elements.length);
    this.cy.add(elements as ElementDefinition[]);
  }

  add(elements: readonly GraphElement[]): void {
    this.ensureRenderer(this.cy.elements().length + elements.length);
    this.cy.add(elements as ElementDefinition[]);
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
    const options = layoutOptions(name, visible.nodes().length);
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
}
