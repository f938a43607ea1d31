import type { Extraction } from '@policy-graph/model';
import { GoldSchema } from './gold';
import { calibrationTable, prf, ruleTable, shortfalls, sumScores } from './report';
import { scoreDocument } from './score';

const span = { start: 0, end: 1 };

function extraction(parts: Partial<Extraction>): Extraction {
  return {
    document: { file: 'a.txt', sha256: '0'.repeat(64), title: null, date: '2019-03-15', year: 2019, script: 'simplified', text: '' },
    subject: { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: null },
    slogans: [],
    projects: [],
    outcomes: [],
    relations: [],
    ...parts,
  };
}

const gold = GoldSchema.parse({
  file: 'a.txt',
  subject: { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省' },
  date: '2019-03-15',
  year: 2019,
  slogans: {
    required: [
      { name: '三个全域', parts: ['全域创新', '全域美丽'] },
      { name: '全域美丽', aliases: ['全域美丽大花园'] },
    ],
    acceptable: ['大花园'],
  },
  projects: { required: [{ name: '星动巴士', aliases: ['星动巴士公交通勤线路'] }, '公交首末站'], acceptable: ['口袋公园'] },
  outcomes: { required: [{ value: 7000, unit: '吨', status: 'achieved' }, { value: 36, unit: '万元', status: 'input' }], acceptable: [{ value: 9, unit: '个' }] },
  fulfils: { required: [['星动巴士', '全域美丽']], acceptable: [['公交首末站', '三个全域']] },
});

describe('scoreDocument', () => {
  it('matches names through aliases on either side, counts repeats once and acceptable items as neither', () => {
    const pred = extraction({
      slogans: [
        { name: '全域美丽大花园', aliases: [], parts: [], mentions: [span], rule: 'slogan.quoted', confidence: 0.9 },
        { name: '全域美丽', aliases: [], parts: [], mentions: [span], rule: 'slogan.quoted', confidence: 0.9 },
        { name: '大花园', aliases: [], parts: [], mentions: [span], rule: 'slogan.quoted', confidence: 0.9 },
        { name: '“店小二”', aliases: [], parts: [], mentions: [span], rule: 'slogan.quoted', confidence: 0.9 },
      ],
    });
    const s = scoreDocument(gold, pred).categories.slogans;
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.falses).toEqual(['“店小二”']);
    expect(s.misses).toEqual(['三个全域']);
    expect(scoreDocument(gold, pred).facts.map((f) => f.verdict)).toEqual(['hit', 'repeat', 'acceptable', 'false']);
  });

  it('matches outcomes on value and unit, checks the status of each match, and ignores a repeat', () => {
    const outcome = (value: number, unit: string, status: 'achieved' | 'input' | 'target') => ({ value, unit, status, metric: null, text: '', project: null, mentions: [span], rule: 'status.review-section', confidence: 0.9 });
    const r = scoreDocument(gold, extraction({ outcomes: [outcome(7000, '吨', 'achieved'), outcome(36, '万元', 'target'), outcome(7000, '吨', 'achieved'), outcome(9, '个', 'achieved'), outcome(5, '座', 'achieved')] }));
    expect({ tp: r.categories.outcomes.tp, fp: r.categories.outcomes.fp, fn: r.categories.outcomes.fn }).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(r.status).toEqual({ ok: 1, of: 2, wrong: ['36|万元: target != input (status.review-section)'] });
    expect(r.facts.filter((f) => f.category === 'outcomes').map((f) => [f.verdict, f.statusOk])).toEqual([
      ['hit', true],
      ['hit', false],
      ['repeat', undefined],
      ['acceptable', undefined],
      ['false', undefined],
    ]);
  });

  it('scores parts as pairs with the rule of their HAS_PART relation, and FULFILS through the required items\' aliases', () => {
    const r = scoreDocument(
      gold,
      extraction({
        slogans: [{ name: '三个全域', aliases: [], parts: ['全域创新', '全域治理'], mentions: [span] }],
        relations: [
          { type: 'HAS_PART', from: '三个全域', to: '全域创新', confidence: 0.9, evidence: span, rule: 'parts.list-before' },
          { type: 'FULFILS', from: '星动巴士公交通勤线路', to: '全域美丽大花园', confidence: 0.7, evidence: span, rule: 'fulfils.heading' },
          { type: 'FULFILS', from: '公交首末站', to: '三个全域', confidence: 0.7, evidence: span, rule: 'fulfils.heading' },
          { type: 'FULFILS', from: '口袋公园', to: '全域美丽', confidence: 0.5, evidence: span, rule: 'fulfils.sole-slogan' },
        ],
      }),
    );
    expect(r.categories.parts).toMatchObject({ tp: 1, fp: 1, fn: 1, falses: ['三个全域→全域治理'], misses: ['三个全域→全域美丽'] });
    expect(r.facts.find((f) => f.label === '三个全域→全域创新')?.rule).toBe('parts.list-before');
    expect(r.categories.fulfils).toMatchObject({ tp: 1, fp: 1, fn: 0, falses: ['口袋公园→全域美丽'] });
  });

  it('compares subject fields and time only where the gold states them', () => {
    const r = scoreDocument(gold, extraction({ subject: { street: '星桥街道', district: '临平区', city: '杭州市', province: null, code: null } }));
    expect(r.subject.ok).toBe(4);
    expect(r.subject.of).toBe(6);
    expect(r.subject.wrong).toEqual(['district: 临平区 != 余杭区', 'province: null != 浙江省']);
  });
});

describe('report', () => {
  it('tells precision per rule and the share right at each confidence, and names the floors not met', () => {
    const pred = extraction({
      projects: [
        { name: '星动巴士', aliases: [], mentions: [span], rule: 'project.quoted', confidence: 0.9 },
        { name: '党群服务中心', aliases: [], mentions: [span], rule: 'project.head', confidence: 0.85 },
        { name: '口袋公园', aliases: [], mentions: [span], rule: 'project.head', confidence: 0.85 },
      ],
    });
    const score = scoreDocument(gold, pred);
    const rules = ruleTable(score.facts).join('\n');
    expect(rules).toMatch(/project\.head\s+projects\s+2\s+1\s+1\s+0\s+0\.50\s+0\.85/);
    expect(rules).toMatch(/project\.quoted\s+projects\s+1\s+1\s+0\s+1\s+1\.00\s+0\.90/);
    const { calibration } = calibrationTable(score.facts);
    expect(calibration.high).toEqual({ right: 2, of: 3 });
    const totals = sumScores([score]);
    expect(prf(totals.categories.projects).f1).toBeCloseTo(0.5);
    expect(shortfalls(totals, calibration, { projects: 0.6, calibration: 0.85, slogans: 0 })).toEqual(['projects 0.500<0.6', 'calibration 0.667<0.85']);
  });
});

describe('GoldSchema', () => {
  it('names the field of a malformed gold file', () => {
    const bad = GoldSchema.safeParse({ file: 'x.txt', outcomes: { required: [{ value: '7000', unit: '吨', status: 'achieved' }] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path.join('.')).toBe('outcomes.required.0.value');
  });
});
