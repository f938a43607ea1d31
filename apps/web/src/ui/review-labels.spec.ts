import type { QueueItem } from '../api/review';
import { setLang } from '../i18n/i18n';
import { decisionLabel, kindLabel, reasonLabel } from './review-labels';

const base = { confidence: 0.5, rule: null, documents: 2, evidence: '…', documentId: 'd', start: 0, end: 1 };
const tie: QueueItem = { ...base, kind: 'FULFILS', target: 'FULFILS:星动巴士→全域创新', project: '星动巴士', slogan: '全域创新' };
const slogan: QueueItem = { ...base, kind: 'SLOGAN', target: 'Slogan:三严三实', name: '三严三实' };
const pair = { a: '全域美丽', b: '全域美丽大花园', aId: '全域美丽', bId: '全域美丽大花园', reasons: ['contains'], documentsA: 3, documentsB: 1 };

describe('review labels', () => {
  beforeAll(() => {
    (globalThis as { document?: unknown }).document = { documentElement: {} };
    setLang('zh');
  });

  it('names a decision by its verb and what it was about', () => {
    expect(decisionLabel({ on: 'queue', decision: 'reject', item: tie })).toBe('拒绝 · 星动巴士 → 全域创新');
    expect(decisionLabel({ on: 'queue', decision: 'accept', item: slogan })).toBe('接受 · 三严三实');
    expect(decisionLabel({ on: 'merge', kind: 'SLOGAN', decision: 'merge', pair, from: '全域美丽大花园', into: '全域美丽' })).toBe('合并 · 全域美丽大花园 ⇢ 全域美丽');
    expect(decisionLabel({ on: 'entity', decision: 'rename', target: 'Slogan:三个全域' })).toBe('重命名 · Slogan:三个全域');
  });

  it('translates known correction kinds and merge reasons, and shows unknown ones as they are', () => {
    expect(kindLabel('reject-fulfils')).toBe('拒绝关系');
    expect(kindLabel('set-outcome')).toBe('更正成果');
    expect(kindLabel('keep-apart')).toBe('不是同一个');
    expect(kindLabel('a-kind-to-come')).toBe('a-kind-to-come');
    expect(reasonLabel('same pinyin')).toBe('拼音相同');
    expect(reasonLabel('same frame')).toBe('首尾两字相同');
    expect(reasonLabel('3 parts in common')).toBe('有 3 个组成部分相同');
    expect(kindLabel('accept-variant')).toBe('接受变体');
    expect(reasonLabel('something new')).toBe('something new');
  });
});
