import type { Core } from 'cytoscape';
import { byId } from './dom';

/** Shown from this many nodes on: below it the whole graph fits the screen anyway. */
const OVERVIEW_FROM = 120;

/** A thumbnail of the whole graph with the viewport drawn on it; a click recentres there. */
export class Overview {
  private readonly root = byId('overview');
  private readonly img = this.root.querySelector('img') as HTMLImageElement;
  private readonly box = this.root.querySelector('.viewport') as HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly getCy: () => Core) {
    this.root.addEventListener('click', (e) => this.recentre(e));
  }

  attach(cy: Core): void {
    cy.on('layoutstop add remove', () => this.schedule(true));
    cy.on('viewport', () => this.schedule(false));
  }

  private schedule(redraw: boolean): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(redraw), redraw ? 200 : 50);
  }

  private update(redraw: boolean): void {
    const cy = this.getCy();
    this.root.hidden = cy.nodes().length < OVERVIEW_FROM;
    if (this.root.hidden) return;
    if (redraw) this.img.src = cy.png({ full: true, maxWidth: 180, maxHeight: 120, bg: '#ffffff' });
    const bb = cy.elements().boundingBox();
    const ext = cy.extent();
    const k = Math.min(180 / bb.w, 120 / bb.h);
    const ox = (180 - bb.w * k) / 2;
    const oy = (120 - bb.h * k) / 2;
    Object.assign(this.box.style, {
      left: `${Math.max(0, ox + (ext.x1 - bb.x1) * k)}px`,
      top: `${Math.max(0, oy + (ext.y1 - bb.y1) * k)}px`,
      width: `${Math.min(180, ext.w * k)}px`,
      height: `${Math.min(120, ext.h * k)}px`,
    });
  }

  private recentre(e: MouseEvent): void {
    const cy = this.getCy();
    const bb = cy.elements().boundingBox();
    const k = Math.min(180 / bb.w, 120 / bb.h);
    const rect = this.root.getBoundingClientRect();
    const x = bb.x1 + (e.clientX - rect.left - (180 - bb.w * k) / 2) / k;
    const y = bb.y1 + (e.clientY - rect.top - (120 - bb.h * k) / 2) / k;
    cy.center({ boundingBox: { x1: x, y1: y, x2: x, y2: y, w: 0, h: 0 } } as never);
  }
}
