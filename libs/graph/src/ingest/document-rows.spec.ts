import type { Extraction } from '@policy-graph/model';
import { loadGazetteer } from '../gazetteer-load/gazetteer';
import { buildDocumentRows } from './document-rows';

const text = '“全域美麗”與全域美丽大花园，党群服务中心投入36万元。';
const extraction = (subject: Extraction['subject']): Extraction => ({
  document: { file: 'a.txt', sha256: 'a'.repeat(64), title: null, date: null, year: 2019, script: 'traditional', text },
  subject,
  slogans: [
    { name: '全域美麗', aliases: ['“全域美麗”', '全域美丽大花园'], parts: [], mentions: [{ start: 1, end: 5 }] },
    { name: '全域美丽大花园', aliases: [], parts: [], mentions: [{ start: 8, end: 15 }] },
  ],
  projects: [{ name: '党群服务中心', aliases: [], mentions: [{ start: 16, end: 22 }] }],
  outcomes: [{ value: 36, unit: '万元', status: 'input', metric: '投入', text: '投入36万元', project: '党群服务中心', mentions: [{ start: 22, end: 28 }] }],
  relations: [{ type: 'FULFILS', from: '党群服务中心', to: '全域美丽', confidence: 0.8, evidence: { start: 0, end: text.length } }],
});
const street = (name: string) => ({ street: name, district: '萧山区', city: '杭州市', province: '浙江省', code: null });
const gazetteer = loadGazetteer();

describe('buildDocumentRows', () => {
  const rows = buildDocumentRows(extraction(street('闻堰街道')), { sourceKey: 'x/a.txt', gazetteer });

  it('resolves traditional, quoted and listed-alias forms to one slogan', () => {
    expect(rows.slogans.map((s) => s.id)).toEqual(['全域美丽']);
    expect(rows.slogans[0].aliases).toEqual(expect.arrayContaining(['全域美丽大花园', '全域美麗']));
    expect(rows.slogans[0].starts).toEqual([1, 8]);
  });

  it('scopes a generic project to the body and ties the outcome and the relation to it', () => {
    expect(rows.projects.map((p) => p.id)).toEqual(['330109012|党群服务中心']);
    expect(rows.outcomes[0]).toMatchObject({ id: `${'a'.repeat(64)}:22`, baseValue: 360000, baseUnit: '元', projectId: '330109012|党群服务中心' });
    expect(rows.fulfils).toEqual([expect.objectContaining({ project: '330109012|党群服务中心', slogan: '全域美丽' })]);
  });

  it('keeps the same project name apart in another street', () => {
    const other = buildDocumentRows(extraction(street('新街街道')), { sourceKey: 'x/b.txt', gazetteer });
    expect(other.projects[0].id).toBe('330109014|党群服务中心');
  });

  it('lets the source say the report is national', () => {
    const national = buildDocumentRows(extraction(street('闻堰街道')), { sourceKey: 'x/c.md', gazetteer, subject: 'country' });
    expect(national.subjectId).toBe('CN');
    expect(national.places).toEqual([expect.objectContaining({ id: 'CN', level: 'country', name: '中国' })]);
  });
});
