import { decisionsOf, type ReviewedDocument } from '@policy-graph/graph';
import type { Correction } from '@policy-graph/model';
import { GoldSchema } from './gold';
import { goldOfReview } from './gold-from-review';
import { scoreDocument } from './score';

const DOC = 'a'.repeat(64);
const doc: ReviewedDocument = {
  id: DOC,
  file: 'a.txt',
  sourceKey: 'x/a.txt',
  text: '……',
  year: 2020,
  subject: { street: '星桥街道', district: '临平区', city: '杭州市', province: '浙江省' },
  slogans: [
    { name: '全域美丽', aliases: ['全域美丽大花园'] },
    { name: '三个全域', aliases: [] },
    { name: '全域治理', aliases: [] },
  ],
  projects: [
    { name: '星动巴士', aliases: [] },
    { name: '党群服务中心', aliases: [] },
  ],
  parts: [
    { whole: '三个全域', part: '全域美丽' },
    { whole: '三个全域', part: '全域治理' },
  ],
  outcomes: [
    { id: `${DOC}:10`, value: 3, unit: '万平方米', status: 'achieved' },
    { id: `${DOC}:20`, value: 36, unit: '项', status: 'target' },
  ],
  fulfils: [
    { project: '星动巴士', slogan: '全域美丽' },
    { project: '党群服务中心', slogan: '全域治理' },
  ],
};
let n = 0;
const c = (raw: Record<string, unknown>) => ({ author: 'r', reason: '', id: `c${++n}`, at: new Date(n * 1000).toISOString(), ...raw }) as Correction;
const decisions = decisionsOf([
  c({ kind: 'accept-fulfils', project: '星动巴士', slogan: '全域美丽' }),
  c({ kind: 'reject-fulfils', project: '星动巴士', slogan: '全域治理' }),
  c({ kind: 'accept-part', programme: '三个全域', part: '全域美丽' }),
  c({ kind: 'set-outcome', document: DOC, outcome: '10', value: 3 }),
  c({ kind: 'set-document', document: DOC, year: 2020 }),
]);

describe('goldOfReview', () => {
  const gold = goldOfReview(doc, decisions, 'a.txt');

  it('makes a valid gold file: accepted facts required, the rest acceptable, rejected ones in neither', () => {
    expect(GoldSchema.parse(gold)).toBeTruthy();
    expect(gold.fulfils.required).toEqual([['星动巴士', '全域美丽']]);
    expect(gold.fulfils.acceptable).toEqual([['党群服务中心', '全域治理']]);
    expect(gold.slogans.required.map((s) => [s.name, s.parts])).toEqual([
      ['三个全域', ['全域美丽']],
      ['全域美丽', []],
    ]);
    expect(gold.outcomes.required).toEqual([{ value: 3, unit: '万平方米', status: 'achieved' }]);
    expect(gold.year).toBe(2020);
    expect(gold.subject).toEqual({});
  });

  it('scores a rejected tie extracted again as a false positive, an accepted one found by an alias as a hit', () => {
    const pred = {
      document: { file: 'a.txt', sha256: DOC, title: null, date: null, year: 2020, script: 'simplified' as const, text: '' },
      subject: { street: null, district: null, city: null, province: null, code: null },
      slogans: [],
      projects: [],
      outcomes: [],
      relations: [
        { type: 'FULFILS' as const, from: '星动巴士', to: '全域美丽大花园', confidence: 0.8, evidence: { start: 0, end: 1 } },
        { type: 'FULFILS' as const, from: '星动巴士', to: '全域治理', confidence: 0.8, evidence: { start: 0, end: 1 } },
      ],
    };
    const score = scoreDocument(GoldSchema.parse(gold), pred);
    expect(score.categories.fulfils).toMatchObject({ tp: 1, fp: 1, fn: 0, falses: ['星动巴士→全域治理'] });
  });
});
