import type { TraceResult } from '../api/operations';
import { ElementData, GraphElement } from './types';
import { toCyElements } from './elements';

/** The nodes and steps of every path as elements; `known` supplies what the view already knows of a node (its level). */
export function traceToElements(r: TraceResult, known: (id: string) => ElementData | undefined = () => undefined): GraphElement[] {
  const nodes = new Map<string, GraphElement>();
  const edges = new Map<string, GraphElement>();
  for (const path of r.paths) {
    for (const n of path.nodes) nodes.set(n.id, { data: { ...known(n.id), id: n.id, label: n.name, type: n.type, ...(n.level ? { level: n.level } : {}) } });
    for (const s of path.steps) {
      // drawn as the relationship points, whichever way the path walks it
      const [source, target] = s.reversed ? [s.to, s.from] : [s.from, s.to];
      const id = `${source}-${s.type}-${target}`;
      const ev = s.evidence.find((e) => e.documentId || e.text);
      edges.set(id, { data: { id, source, target, type: s.type, label: s.type, ...(ev ? { documentId: ev.documentId, start: ev.start, end: ev.end, evidence: ev.text } : {}) } });
    }
  }
  return toCyElements([...nodes.values(), ...edges.values()]);
}

/** A path as a line of names and typed arrows in their true directions: 星动巴士 —FULFILS→ 全域创新 ←HAS_PART— 三个全域. */
export function pathLine(path: TraceResult['paths'][number]): string {
  return path.nodes.map((n, i) => {
    const step = path.steps[i - 1];
    if (!step) return n.name;
    return `${step.reversed ? ` ←${step.type}— ` : ` —${step.type}→ `}${n.name}`;
  }).join('');
}
