import { WEBGL_ABOVE, type GraphView } from '../graph/view';
import type { Explorer } from '../graph/explorer';
import { toCyElements } from '../graph/elements';
import { hasHardwareWebgl, RendererMode } from '../graph/renderer';
import { GraphElement } from '../graph/types';
import { AGGREGATE_ABOVE } from '../graph/aggregate';

export interface LoadTiming {
  elements: number;
  addMs: number;
  layoutMs: number;
  paintMs: number;
  totalMs: number;
  renderer: RendererMode;
  /** Nodes and edges drawn (fewer than `elements` when the view is grouped). */
  drawn: number;
}

/** window.explorer: the graph for scripts and benchmarks, a timed loader, a timed group expansion and land(ids, limit) with a chosen cap. */
export function exposeDebugHandle(view: GraphView, explorer: Explorer): void {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const load = async (elements: GraphElement[], options: { webglAbove?: number; webgl?: boolean; aggregateAbove?: number } = {}): Promise<LoadTiming> => {
    view.webglAbove = options.webglAbove ?? WEBGL_ABOVE;
    view.groups.above = options.aggregateAbove ?? AGGREGATE_ABOVE;
    view.webglAllowed = options.webgl === undefined ? hasHardwareWebgl : () => options.webgl as boolean;
    const t0 = performance.now();
    view.replace(toCyElements(elements));
    const t1 = performance.now();
    await explorer.relayout('fcose');
    const t2 = performance.now();
    await frame();
    await frame();
    const t3 = performance.now();
    return { elements: elements.length, addMs: t1 - t0, layoutMs: t2 - t1, paintMs: t3 - t2, totalMs: t3 - t0, renderer: view.mode, drawn: view.cy.elements().length };
  };
  // Expanding a group as a double-click does, until two frames are painted.
  const expandTiming = async (id: string): Promise<{ ms: number; drawn: number }> => {
    const t0 = performance.now();
    await explorer.expand(id);
    await frame();
    await frame();
    return { ms: performance.now() - t0, drawn: view.cy.elements().length };
  };
  // Mean time per frame while zooming, to judge responsiveness after a load.
  const zoomFrameMs = async (frames = 10): Promise<number> => {
    const t0 = performance.now();
    for (let i = 0; i < frames; i++) {
      view.cy.zoom({ level: view.cy.zoom() * (i % 2 ? 1.1 : 0.9), renderedPosition: { x: 400, y: 300 } });
      await frame();
    }
    return (performance.now() - t0) / frames;
  };
  const land = (ids: string[], limit: number) => explorer.land(ids, limit);
  Object.assign(window, { explorer: { get cy() { return view.cy; }, load, land, zoomFrameMs, expandTiming } });
}
