import type { Correction, Extraction } from '@policy-graph/model';
import { loadGazetteer } from '../gazetteer-load/gazetteer';
import { buildDocumentRows } from '../ingest/document-rows';
import { applyCorrections, correctionsInForce } from './apply-corrections';
import { parseCorrectionInput } from './correction-log';

const text = '实施“三个全域”，推进全域美丽、全域治理。党群服务中心投入使用，星动巴士开通，全域美丽大花园初见成效。';
const extraction: Extraction = {
  document: { file: 'a.txt', sha256: 'a'.repeat(64), title: null, date: null, year: 2019, script: 'simplified', text },
  subject: { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: null },
  slogans: [
    { name: '三个全域', aliases: [], parts: ['全域美丽', '全域治理'], mentions: [{ start: 3, end: 7 }] },
    { name: '全域美丽', aliases: [], parts: [], mentions: [{ start: 11, end: 15 }] },
    { name: '全域治理', aliases: [], parts: [], mentions: [{ start: 16, end: 20 }] },
    { name: '美丽大花园', aliases: [], parts: [], mentions: [{ start: 42, end: 47 }] },
  ],
  projects: [
    { name: '党群服务中心', aliases: [], mentions: [{ start: 21, end: 27 }] },
    { name: '星动巴士', aliases: [], mentions: [{ start: 32, end: 36 }] },
  ],
  outcomes: [],
  relations: [
    { type: 'FULFILS', from: '党群服务中心', to: '全域治理', confidence: 0.8, evidence: { start: 21, end: 31 } },
    { type: 'FULFILS', from: '星动巴士', to: '全域美丽', confidence: 0.8, evidence: { start: 32, end: 38 } },
    { type: 'FULFILS', from: '星动巴士', to: '美丽大花园', confidence: 0.6, evidence: { start: 32, end: 38 } },
  ],
};
const rows = buildDocumentRows(extraction, { sourceKey: 'x/a.txt', gazetteer: loadGazetteer() });
let clock = 0;
const correction = (raw: Record<string, unknown>): Correction => ({ ...parseCorrectionInput({ author: 'reviewer', ...raw }), id: `c${++clock}`, at: new Date(clock * 1000).toISOString() });

describe('applyCorrections', () => {
  it('leaves the rows as they are when nothing is corrected', () => {
    expect(applyCorrections(rows, [])).toBe(rows);
  });

  it('changes nothing for an accepted fact', () => {
    const out = applyCorrections(rows, [correction({ kind: 'accept-fulfils', project: '星动巴士', slogan: '全域美丽' })]);
    expect(out).toEqual(rows);
  });

  it('lets the later of an acceptance and a rejection of the same tie win', () => {
    const reject = correction({ kind: 'reject-fulfils', project: '星动巴士', slogan: '全域美丽' });
    const accept = correction({ kind: 'accept-fulfils', project: '星动巴士', slogan: '全域美丽' });
    expect(applyCorrections(rows, [reject, accept]).fulfils).toHaveLength(3);
    expect(applyCorrections(rows, [accept, reject]).fulfils).toHaveLength(2);
  });

  it('drops a rejected FULFILS and nothing else', () => {
    const out = applyCorrections(rows, [correction({ kind: 'reject-fulfils', project: '星动巴士', slogan: '全域美丽' })]);
    expect(out.fulfils.map((f) => `${f.project.split('|')[1]}>${f.slogan}`).sort()).toEqual(['党群服务中心>全域治理', '星动巴士>美丽大花园']);
    expect(out.projects).toHaveLength(2);
  });

  it('folds a merged slogan into the other, keeping its name as an alias and its ties', () => {
    const out = applyCorrections(rows, [correction({ kind: 'merge-slogans', from: '美丽大花园', into: '全域美丽' })]);
    expect(out.slogans.map((s) => s.id).sort()).toEqual(['三个全域', '全域治理', '全域美丽']);
    const merged = out.slogans.find((s) => s.id === '全域美丽');
    expect(merged?.aliases).toContain('美丽大花园');
    expect(merged?.starts).toEqual([11, 42]);
    expect(out.fulfils.filter((f) => f.slogan === '全域美丽')).toHaveLength(1);
  });

  it('removes a rejected slogan with its parts and ties, and a rejected project with its ties', () => {
    const out = applyCorrections(rows, [correction({ kind: 'reject-slogan', slogan: '全域治理' }), correction({ kind: 'reject-project', project: '星动巴士' })]);
    expect(out.slogans.map((s) => s.id)).not.toContain('全域治理');
    expect(out.parts.map((p) => p.part)).toEqual(['全域美丽']);
    expect(out.projects.map((p) => p.name)).toEqual(['党群服务中心']);
    expect(out.fulfils).toEqual([]);
  });
});

describe('correctionsInForce', () => {
  it('leaves out a reverted correction and restores it when the revert is reverted', () => {
    const reject = correction({ kind: 'reject-fulfils', project: '星动巴士', slogan: '全域美丽' });
    const revert = correction({ kind: 'revert', correction: reject.id });
    expect(correctionsInForce([reject]).map((c) => c.id)).toEqual([reject.id]);
    expect(correctionsInForce([reject, revert])).toEqual([]);
    const again = correction({ kind: 'revert', correction: revert.id });
    expect(correctionsInForce([reject, revert, again]).map((c) => c.id)).toEqual([reject.id]);
  });
});

describe('parseCorrectionInput', () => {
  it('names what is wrong with a correction', () => {
    expect(() => parseCorrectionInput({ kind: 'merge-slogans', from: '全域美丽', into: '全域美丽', author: 'r' })).toThrow(/merged into itself/);
    expect(() => parseCorrectionInput({ kind: 'reject-fulfils', project: '星动巴士', author: 'r' })).toThrow(/slogan/);
    expect(() => parseCorrectionInput({ kind: 'rename-everything', author: 'r' })).toThrow(/kind/);
  });
});
