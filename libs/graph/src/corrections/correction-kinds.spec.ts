import type { Correction, Extraction } from '@policy-graph/model';
import { loadGazetteer } from '../gazetteer-load/gazetteer';
import { buildDocumentRows } from '../ingest/document-rows';
import { applyCorrections } from './apply-corrections';
import { parseCorrectionInput } from './correction-log';
import { otherTargetsOf, targetOf } from './correction-target';

// Every kind of correction on one small document's rows.
const text = '实施“三个全域”，推进全域美丽、全域治理。党群服务中心投入使用，星动巴士开通，美丽大花园初见成效。新增绿地3万平方米。';
const doc = 'a'.repeat(64);
const extraction: Extraction = {
  document: { file: 'a.txt', sha256: doc, title: '工作总结', date: null, year: 2019, script: 'simplified', text },
  subject: { street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: null },
  slogans: [
    { name: '三个全域', aliases: [], parts: ['全域美丽', '全域治理'], mentions: [{ start: 3, end: 7 }] },
    { name: '全域美丽', aliases: [], parts: [], mentions: [{ start: 11, end: 15 }] },
    { name: '全域治理', aliases: [], parts: [], mentions: [{ start: 16, end: 20 }] },
    { name: '美丽大花园', aliases: [], parts: [], mentions: [{ start: 39, end: 44 }] },
  ],
  projects: [
    { name: '党群服务中心', aliases: [], mentions: [{ start: 21, end: 27 }] },
    { name: '星动巴士', aliases: ['星动公交'], mentions: [{ start: 32, end: 36 }] },
  ],
  outcomes: [{ value: 3, unit: '万平方米', status: 'achieved', metric: '绿地', text: '新增绿地3万平方米', project: '星动巴士', mentions: [{ start: 50, end: 56 }] }],
  relations: [
    { type: 'FULFILS', from: '党群服务中心', to: '全域治理', confidence: 0.8, evidence: { start: 21, end: 31 } },
    { type: 'FULFILS', from: '星动巴士', to: '全域美丽', confidence: 0.8, evidence: { start: 32, end: 38 } },
  ],
};
const rows = buildDocumentRows(extraction, { sourceKey: 'x/a.txt', gazetteer: loadGazetteer() });
const body = rows.subjectId as string;
let clock = 0;
const correction = (raw: Record<string, unknown>): Correction => ({ ...parseCorrectionInput({ author: 'reviewer', ...raw }), id: `c${++clock}`, at: new Date(clock * 1000).toISOString() });
const apply = (...raws: Record<string, unknown>[]) => applyCorrections(rows, raws.map(correction));

describe('renames and merges', () => {
  it('renames a slogan, keeping the old name as an alias, its ties and parts following it', () => {
    const out = apply({ kind: 'rename', entity: 'slogan', name: '全域美丽', to: '美丽全域' });
    expect(out.slogans.find((s) => s.id === '美丽全域')?.aliases).toContain('全域美丽');
    expect(out.slogans.some((s) => s.id === '全域美丽')).toBe(false);
    expect(out.parts.map((p) => p.part)).toContain('美丽全域');
    expect(out.fulfils.map((f) => f.slogan)).toContain('美丽全域');
  });

  it('renames a project under its own body, its ties and outcomes following it', () => {
    const out = apply({ kind: 'rename', entity: 'project', name: '星动巴士', to: '星动公交线' });
    const renamed = out.projects.find((p) => p.name === '星动公交线');
    expect(renamed?.id).toBe(`${body}|星动公交线`);
    expect(renamed?.aliases).toEqual(expect.arrayContaining(['星动巴士', '星动公交']));
    expect(out.fulfils.find((f) => f.slogan === '全域美丽')?.project).toBe(renamed?.id);
    expect(out.outcomes[0].projectId).toBe(renamed?.id);
  });

  it('merges a project into another, spans and ties together', () => {
    const out = apply({ kind: 'merge-projects', from: '星动巴士', into: '党群服务中心' });
    expect(out.projects.map((p) => p.name)).toEqual(['党群服务中心']);
    expect(out.projects[0].starts).toEqual([21, 32]);
    expect(out.fulfils.map((f) => f.slogan).sort()).toEqual(['全域治理', '全域美丽']);
  });

  it('splits an alias: a merge of it is undone, and mentions in its words leave the entity', () => {
    const merged = apply({ kind: 'merge-slogans', from: '美丽大花园', into: '全域美丽' }, { kind: 'split', entity: 'slogan', alias: '美丽大花园', from: '全域美丽' });
    expect(merged).toEqual(rows);
    const listed = apply({ kind: 'split', entity: 'project', alias: '星动公交', from: '星动巴士' });
    expect(listed.projects.find((p) => p.name === '星动巴士')?.aliases).not.toContain('星动公交');
  });
});

describe('parts, ties and adoption', () => {
  it('rejects a part, and a later acceptance outweighs the rejection', () => {
    expect(apply({ kind: 'reject-part', programme: '三个全域', part: '全域治理' }).parts.map((p) => p.part)).toEqual(['全域美丽']);
    expect(apply({ kind: 'reject-part', programme: '三个全域', part: '全域治理' }, { kind: 'accept-part', programme: '三个全域', part: '全域治理' }).parts).toHaveLength(2);
  });

  it('adds a part with its evidence span, making the slogans it needs', () => {
    const out = apply({ kind: 'add-part', programme: '三个全域', part: '全域创新', document: doc, start: 0, end: 20 });
    expect(out.parts.find((p) => p.part === '全域创新')).toMatchObject({ whole: '三个全域', start: 0, end: 20 });
    expect(out.slogans.find((s) => s.id === '全域创新')?.starts).toEqual([]);
    expect(apply({ kind: 'add-part', programme: '三个全域', part: '全域创新', document: 'b'.repeat(64), start: 0, end: 20 })).toEqual(rows);
  });

  it('adds a tie with the reviewer as its rule, confidence 1 and the evidence, and a later rejection removes it', () => {
    const out = apply({ kind: 'add-fulfils', project: '党群服务中心', slogan: '全域美丽', document: doc, start: 21, end: 31 });
    expect(out.fulfils.find((f) => f.slogan === '全域美丽' && f.project.endsWith('党群服务中心'))).toMatchObject({ rule: 'reviewer', confidence: 1, start: 21, end: 31, evidence: '党群服务中心投入使用' });
    const added = apply({ kind: 'add-fulfils', project: '新项目', slogan: '全域美丽', document: doc, start: 21, end: 31 });
    expect(added.projects.find((p) => p.name === '新项目')?.id).toBe(`${body}|新项目`);
    const rejected = apply(
      { kind: 'add-fulfils', project: '党群服务中心', slogan: '全域美丽', document: doc, start: 21, end: 31 },
      { kind: 'reject-fulfils', project: '党群服务中心', slogan: '全域美丽' },
    );
    expect(rejected.fulfils).toHaveLength(2);
    expect(apply({ kind: 'add-fulfils', project: '党群服务中心', slogan: '全域美丽', document: doc, start: 21, end: 999 })).toEqual(rows);
  });

  it('marks a slogan the subject does not adopt, only for that subject', () => {
    expect(apply({ kind: 'reject-adopts', body, slogan: '全域美丽' }).slogans.find((s) => s.id === '全域美丽')?.adopts).toBe(false);
    expect(apply({ kind: 'reject-adopts', body: '330000', slogan: '全域美丽' })).toEqual(rows);
  });
});

describe('outcomes and the document', () => {
  const outcome = rows.outcomes[0].id;

  it('identifies an outcome by its document and start offset', () => {
    expect(outcome).toBe(`${doc}:50`);
    expect(apply({ kind: 'reject-outcome', document: doc, outcome: '50' }).outcomes).toEqual([]);
    expect(apply({ kind: 'reject-outcome', document: doc, outcome }).outcomes).toEqual([]);
  });

  it('sets an outcome\'s status and value, the base value following', () => {
    const [o] = apply({ kind: 'set-outcome', document: doc, outcome, status: 'target', value: 4 }).outcomes;
    expect(o).toMatchObject({ status: 'target', value: 4, baseValue: 40000, baseUnit: '平方米' });
  });

  it('sets a document\'s subject, year and title; its projects move to the new body', () => {
    const out = apply({ kind: 'set-document', document: doc, subject: '330110', year: 2020, title: '新标题' });
    expect(out.subjectId).toBe('330110');
    expect(out.doc).toMatchObject({ year: 2020, title: '新标题' });
    expect(out.projects.map((p) => p.id).sort()).toEqual(['330110|党群服务中心', '330110|星动巴士']);
    expect(out.fulfils.every((f) => f.project.startsWith('330110|'))).toBe(true);
    expect(out.outcomes[0]).toMatchObject({ projectId: '330110|星动巴士', year: 2020 });
  });
});

describe('the schema and targets', () => {
  it('names what is wrong', () => {
    expect(() => parseCorrectionInput({ kind: 'add-fulfils', project: 'p', slogan: 's', document: doc, start: 5, end: 5, author: 'r' })).toThrow(/end: the evidence span is empty/);
    expect(() => parseCorrectionInput({ kind: 'rename', entity: 'place', name: 'a', to: 'b', author: 'r' })).toThrow(/entity/);
    expect(() => parseCorrectionInput({ kind: 'set-document', document: doc, author: 'r' })).toThrow(/subject, a year or a title/);
    expect(() => parseCorrectionInput({ kind: 'set-outcome', document: doc, outcome: '50', status: 'done', author: 'r' })).toThrow(/status/);
  });

  it('gives every kind a target', () => {
    expect(targetOf(parseCorrectionInput({ kind: 'reject-part', programme: '三个全域', part: '全域治理', author: 'r' }))).toBe('HAS_PART:三个全域→全域治理');
    expect(targetOf(parseCorrectionInput({ kind: 'set-outcome', document: doc, outcome: '50', value: 1, author: 'r' }))).toBe(`Outcome:${doc}:50`);
    expect(targetOf(parseCorrectionInput({ kind: 'rename', entity: 'project', name: `${body}|星动巴士`, to: 'x', author: 'r' }))).toBe('Project:星动巴士');
  });
});

describe('keeping two entities apart', () => {
  it('changes no document and is filed under both entities, whichever is named first', () => {
    expect(apply({ kind: 'keep-apart', entity: 'slogan', a: '全域美丽', b: '美丽大花园' })).toEqual(rows);
    const ab = correction({ kind: 'keep-apart', entity: 'slogan', a: '全域美丽', b: '美丽大花园' });
    const ba = correction({ kind: 'keep-apart', entity: 'slogan', a: '美丽大花园', b: '全域美丽' });
    expect([targetOf(ab), ...otherTargetsOf(ab)].sort()).toEqual(['Slogan:全域美丽', 'Slogan:美丽大花园']);
    expect([targetOf(ba), ...otherTargetsOf(ba)]).toEqual([targetOf(ab), ...otherTargetsOf(ab)]);
  });

  it('refuses a pair of one entity', () => {
    expect(() => correction({ kind: 'keep-apart', entity: 'project', a: '星动巴士', b: '星动巴士' })).toThrow(/b: an entity is always the same as itself/);
  });
});
