import { extractText } from '../pipeline/extract-text';
import { shortFormsOf } from './short-forms';

const fulfils = (text: string) => extractText(text).relations.filter((r) => r.type === 'FULFILS');

describe('short forms of a project name', () => {
  it('are leading parts cut before 总部 or 暨, led by a proper name', () => {
    expect(shortFormsOf('星澜科技总部暨智能装备研发基地')).toEqual(['星澜科技总部', '星澜科技']);
  });

  it('are never a generic phrase, a place or a short name cut shorter', () => {
    expect(shortFormsOf('城中村环境整治工程')).toEqual([]);
    expect(shortFormsOf('萧山区文化中心')).toEqual([]);
    expect(shortFormsOf('新兴产业培育项目')).toEqual([]);
    expect(shortFormsOf('星澜大厦')).toEqual([]);
  });
});

describe('a later short form is a mention of the project', () => {
  const text = '3月5日上午，星澜科技总部暨智能装备研发基地正式开工。\n区领导表示，将以星澜科技开工为新契机，全力打造“数智湾区”创新高地。\n';

  it('with offsets on the short form and the short form kept as an alias', () => {
    const x = extractText(text);
    const project = x.projects.find((p) => p.name === '星澜科技总部暨智能装备研发基地');
    expect(project?.aliases).toContain('星澜科技');
    const later = project?.mentions.map((m) => text.slice(m.start, m.end));
    expect(later).toEqual(['星澜科技总部暨智能装备研发基地', '星澜科技']);
  });

  it('ties the project to the slogan of the sentence that uses the short form', () => {
    const [relation] = fulfils(text);
    expect(relation).toMatchObject({ from: '星澜科技总部暨智能装备研发基地', to: '数智湾区' });
    expect(text.slice(relation.evidence.start, relation.evidence.end)).toContain('以星澜科技开工');
  });

  it('not before the full name is given, nor where it runs on into another name', () => {
    const other = '星澜科技开工在即。\n3月5日上午，星澜科技总部暨智能装备研发基地正式开工。\n星澜科技大厦同步招商，全力打造“数智湾区”创新高地。\n';
    const project = extractText(other).projects.find((p) => p.name === '星澜科技总部暨智能装备研发基地');
    expect(project?.mentions).toHaveLength(1);
    expect(fulfils(other).map((r) => r.from)).not.toContain('星澜科技总部暨智能装备研发基地');
  });

  it('a project named by the short form and a generic head is the same project', () => {
    const x = extractText(`${text}星澜科技总部项目桩基施工完毕。\n`);
    expect(x.projects.map((p) => p.name)).not.toContain('星澜科技总部项目');
    expect(x.projects.find((p) => p.name.startsWith('星澜科技'))?.aliases).toContain('星澜科技总部项目');
  });

  it('in the seed report: 云尖信息 fulfils 萧滨一体化 by its short form', () => {
    const seed =
      '2月28日上午，云尖信息总部暨新型基础设施智造基地正式开工。这是杭州市萧山区、滨江区签订一体化协议以来第一个开工的省重大产业项目。\n' +
      '湘湖国家旅游度假区党工委书记、管委会主任，闻堰街道党工委书记张文波表示，湘湖将以云尖信息开工为新契机，全力打造“萧滨一体化”前沿阵地、数字经济与先进制造业主要承载地。\n';
    const relation = fulfils(seed).find((r) => r.to === '萧滨一体化');
    expect(relation?.from).toBe('云尖信息总部暨新型基础设施智造基地');
    const evidence = relation ? seed.slice(relation.evidence.start, relation.evidence.end) : '';
    expect(evidence).toBe(
      '湘湖国家旅游度假区党工委书记、管委会主任，闻堰街道党工委书记张文波表示，湘湖将以云尖信息开工为新契机，全力打造“萧滨一体化”前沿阵地、数字经济与先进制造业主要承载地。',
    );
  });
});
