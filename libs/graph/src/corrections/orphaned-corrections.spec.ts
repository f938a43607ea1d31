import type { Correction } from '@policy-graph/model';
import { parseCorrectionInput } from './correction-log';
import { checksOf } from './orphaned-corrections';

const DOC = 'a'.repeat(64);
const c = (raw: Record<string, unknown>): Correction => ({ ...parseCorrectionInput({ author: 'r', ...raw }), id: 'c1', at: '2026-01-01T00:00:00.000Z' });

describe('checksOf', () => {
  it('asks a rejection that its entity is still named by some document, not that it is in the graph', () => {
    expect(checksOf(c({ kind: 'reject-slogan', slogan: '“管理提升年”' }))).toEqual([{ type: 'named', a: '管理提升年' }]);
  });

  it('asks an acceptance, a merge or an addition that what it needs is there', () => {
    expect(checksOf(c({ kind: 'accept-fulfils', project: '330113004|星动巴士', slogan: '全域美丽' }))).toEqual([{ type: 'fulfils', a: '星动巴士', b: '全域美丽' }]);
    expect(checksOf(c({ kind: 'merge-slogans', from: '全域美丽大花园', into: '全域美丽' }))).toEqual([
      { type: 'named', a: '全域美丽大花园' },
      { type: 'slogan', a: '全域美丽' },
    ]);
    expect(checksOf(c({ kind: 'add-fulfils', project: 'p', slogan: 's', document: DOC, start: 0, end: 2 }))).toEqual([{ type: 'document', a: DOC }]);
    expect(checksOf(c({ kind: 'set-outcome', document: DOC, outcome: '44', value: 1 }))).toEqual([{ type: 'outcome', a: `${DOC}:44` }]);
  });

  it('asks a pair kept apart that both are still there', () => {
    expect(checksOf(c({ kind: 'keep-apart', entity: 'project', a: '330113004|星动巴士', b: '星动公交' }))).toEqual([
      { type: 'project', a: '330113004|星动巴士' },
      { type: 'project', a: '星动公交' },
    ]);
  });

  it('never orphans a revert', () => {
    expect(checksOf(c({ kind: 'revert', correction: 'c-x' }))).toEqual([]);
  });
});
