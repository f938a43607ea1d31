import type { GraphView } from '../graph/view';
import type { Explorer } from '../graph/explorer';
import { toCyElements } from '../graph/elements';
import { GraphElement } from '../graph/types';

export interface LoadTiming {
  elements: number;
  addMs: number;
  layoutMs: number;
  paintMs: number;
  totalMs: number;
  renderer: 'canvas' | 'webgl';
}

/** window.explorer: read access to the graph for scripts and benchmarks, plus a timed loader. */
export function exposeDebugHandle(view: GraphView, explorer: Explorer): void {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const load = async (elements: GraphElement[]): Promise<LoadTiming> => {
    const t0 = performance.now();
    view.replace(toCyElements(elements));
    const t1 = performance.now();
    await explorer.relayout('fcose');
    const t2 = performance.now();
    await frame();
    await frame();
    const t3 = performance.now();
    return { elements: elements.length, addMs: t1 - t0, layoutMs: t2 - t1, paintMs: t3 - t2, totalMs: t3 - t0, renderer: view.webgl ? 'webgl' : 'canvas' };
  };
  Object.assign(window, { explorer: { get cy() { return view.cy; }, load } });
}
