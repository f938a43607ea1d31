import { pathLine, traceToElements } from './trace-elements';
import type { TraceResult } from '../api/operations';

const trace: TraceResult = {
  from: { id: 'p', name: '星动巴士', type: 'Project' },
  to: { id: 's3', name: '三个全域', type: 'Slogan' },
  paths: [
    {
      length: 2,
      nodes: [
        { id: 'p', name: '星动巴士', type: 'Project' },
        { id: 's1', name: '全域创新', type: 'Slogan' },
        { id: 's3', name: '三个全域', type: 'Slogan' },
      ],
      steps: [
        { from: 'p', to: 's1', type: 'FULFILS', evidence: [{ source: 'sentence', documentId: 'd', text: '开通“星动巴士”…', start: 677, end: 740 }] },
        { from: 's1', to: 's3', type: 'HAS_PART', reversed: true, evidence: [] },
      ],
    },
    {
      length: 2,
      nodes: [
        { id: 'p', name: '星动巴士', type: 'Project' },
        { id: '330113004', name: '星桥街道', type: 'Place', level: 'street' },
        { id: 's3', name: '三个全域', type: 'Slogan' },
      ],
      steps: [
        { from: 'p', to: '330113004', type: 'RUNS', reversed: true, evidence: [] },
        { from: '330113004', to: 's3', type: 'ADOPTS', evidence: [] },
      ],
    },
  ],
};

describe('traceToElements', () => {
  it('merges the paths into one set of nodes and edges', () => {
    const els = traceToElements(trace);
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['p', 's1', 's3', '330113004']);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(4);
  });

  it('keeps a place\'s level, so a street on a path is drawn and counted as a street', () => {
    const street = traceToElements(trace).find((e) => e.data.id === '330113004');
    expect(street?.data.level).toBe('street');
  });

  it('draws each relationship in its own direction, not the path’s', () => {
    const edges = traceToElements(trace).filter((e) => e.group === 'edges').map((e) => `${e.data.source} -${e.data.type}-> ${e.data.target}`);
    expect(edges).toEqual(['p -FULFILS-> s1', 's3 -HAS_PART-> s1', '330113004 -RUNS-> p', '330113004 -ADOPTS-> s3']);
  });

  it('writes a path with the relationship types and their directions', () => {
    expect(trace.paths.map(pathLine)).toEqual(['星动巴士 —FULFILS→ 全域创新 ←HAS_PART— 三个全域', '星动巴士 ←RUNS— 星桥街道 —ADOPTS→ 三个全域']);
  });

  it('carries the evidence span onto the edge', () => {
    const edge = traceToElements(trace).find((e) => e.data.type === 'FULFILS');
    expect(edge?.data).toMatchObject({ source: 'p', target: 's1', documentId: 'd', start: 677, end: 740 });
  });

  it('takes what the view knows of a node, such as a place level', () => {
    const place = traceToElements(trace, (id) => (id === '330113004' ? { id, level: 'street', district: '临平区' } : undefined)).find((e) => e.data.id === '330113004');
    expect(place).toMatchObject({ classes: 'street', data: { label: '星桥街道', district: '临平区' } });
  });
});
