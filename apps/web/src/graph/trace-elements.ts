import type { TraceResult } from '../api/operations';
import { ElementData, GraphElement } from './types';
import { toCyElements } from './elements';

/** The nodes and steps of every path as elements; `known` supplies what the view already knows of a node (its level). */
export function traceToElements(r: TraceResult, known: (id: string) => ElementData | undefined = () => undefined): GraphElement[] {
  const nodes = new Map<string, GraphElement>();
  const edges = new Map<string, GraphElement>();
  for (const path of r.paths) {
    for (const n of path.nodes) nodes.set(n.id, { data: { ...known(n.id), id: n.id, label: n.name, type: n.type } });
    for (const s of path.steps) {
      const id = `${s.from}-${s.type}-${s.to}`;
      const ev = s.evidence.find((e) => e.documentId || e.text);
      edges.set(id, { data: { id, source: s.from, target: s.to, type: s.type, label: s.type, ...(ev ? { documentId: ev.documentId, start: ev.start, end: ev.end, evidence: ev.text } : {}) } });
    }
  }
  return toCyElements([...nodes.values(), ...edges.values()]);
}
