import type { QueueItem } from '../api/review';
import { decisionInput, graphFocus, itemTitle } from './queue-kinds';

const base = { confidence: 0.5, rule: null, documents: 2, evidence: '…', documentId: 'd', start: 0, end: 1 };
const tie: QueueItem = { ...base, kind: 'FULFILS', target: 'FULFILS:星动巴士→全域创新', project: '星动巴士', projectId: '330113004|星动巴士', slogan: '全域创新' };
const part: QueueItem = { ...base, kind: 'PART', target: 'HAS_PART:三个全域→全域创新', programme: '三个全域', part: '全域创新' };
const slogan: QueueItem = { ...base, kind: 'SLOGAN', target: 'Slogan:三严三实', name: '三严三实', slogan: '三严三实' };
const project: QueueItem = { ...base, kind: 'PROJECT', target: 'Project:CBD未来社区', name: 'CBD未来社区', project: 'CBD未来社区', projectId: '330109014|CBD未来社区' };
const variant: QueueItem = { ...base, kind: 'VARIANT', target: 'VARIANT_OF:五气共治→五水共治', variant: '五气共治', of: '五水共治', reasons: ['one character apart'], name: '五气共治', slogan: '五气共治' };

describe('queue kinds', () => {
  it('records an acceptance or rejection of each kind with the names its correction needs', () => {
    expect(decisionInput(tie, 'reject')).toEqual({ kind: 'REJECT_FULFILS', project: '330113004|星动巴士', slogan: '全域创新' });
    expect(decisionInput(part, 'accept')).toEqual({ kind: 'ACCEPT_PART', programme: '三个全域', part: '全域创新' });
    expect(decisionInput(slogan, 'reject')).toEqual({ kind: 'REJECT_SLOGAN', slogan: '三严三实' });
    expect(decisionInput(project, 'accept')).toEqual({ kind: 'ACCEPT_PROJECT', project: '330109014|CBD未来社区' });
    expect(decisionInput(variant, 'accept')).toEqual({ kind: 'ACCEPT_VARIANT', variant: '五气共治', of: '五水共治' });
    expect(decisionInput(variant, 'reject')).toEqual({ kind: 'REJECT_VARIANT', variant: '五气共治', of: '五水共治' });
  });

  it('titles a relationship by its two ends and an entity by its name', () => {
    expect(itemTitle(tie)).toEqual({ a: '星动巴士', rel: 'FULFILS', b: '全域创新' });
    expect(itemTitle(part)).toEqual({ a: '三个全域', rel: 'HAS_PART', b: '全域创新' });
    expect(itemTitle(project)).toEqual({ a: 'CBD未来社区', rel: null, b: null });
    expect(itemTitle(variant)).toEqual({ a: '五气共治', rel: 'VARIANT_OF', b: '五水共治' });
  });

  it('shows a relationship in its first end’s neighbourhood and an entity in its own', () => {
    expect(graphFocus(tie)).toEqual({ ids: ['全域创新'], edge: { type: 'FULFILS', sourceLabel: '星动巴士', target: '全域创新' }, node: null });
    expect(graphFocus(part)).toEqual({ ids: ['三个全域'], edge: { type: 'HAS_PART', sourceLabel: '三个全域', target: '全域创新' }, node: null });
    expect(graphFocus(slogan)).toEqual({ ids: ['三严三实'], edge: null, node: '三严三实' });
    expect(graphFocus(project)).toEqual({ ids: ['330109014|CBD未来社区'], edge: null, node: '330109014|CBD未来社区' });
    expect(graphFocus(variant)).toEqual({ ids: ['五气共治'], edge: null, node: '五气共治' });
  });
});
