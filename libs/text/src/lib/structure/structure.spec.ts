import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { normaliseText } from '../normalise';
import { analyseStructure } from './structure';

const SEEDS = path.resolve(__dirname, '../../../../../seeds');

describe('structure', () => {
  it('finds numbered headings and the sections they govern', () => {
    const text = '总体思路\n（一）抢抓机遇，打造中心\n一是依托学园。二是推进工程。\n（二）围绕改革重点\n坚持问题导向。\n';
    const s = analyseStructure(text);
    const heads = s.headings.map((h) => [text.slice(h.start, h.end), h.level]);
    expect(heads).toEqual([['总体思路', 5], ['（一）抢抓机遇，打造中心', 2], ['（二）围绕改革重点', 2]]);
    expect(text.slice(s.headings[1].section.start, s.headings[1].section.end)).toContain('二是推进工程');
    expect(text.slice(s.headings[1].section.start, s.headings[1].section.end)).not.toContain('坚持问题导向');
    expect(s.title && text.slice(s.title.start, s.title.end)).toBe('总体思路');
  });
  it('splits sentences, keeping a closing quote with its sentence', () => {
    const text = '他说：“上学近了。”街道实现目标。力争完成！';
    expect(analyseStructure(text).sentences.map((x) => text.slice(x.start, x.end))).toEqual(['他说：“上学近了。”', '街道实现目标。', '力争完成！']);
  });
  it('reads the task table of seed 004 as rows', () => {
    const text = normaliseText(readFileSync(path.join(SEEDS, '004_2a50b552bcae988d.txt'), 'utf8')).text;
    const rows = analyseStructure(text).tableRows.map((r) => text.slice(r.start, r.end));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const row = rows.find((r) => r.startsWith('深化系统治理体系'));
    expect(row).toContain('三级四源');
    expect(row).toContain('心皆安');
  });
  it('takes a newspaper page\'s headline, named twice at its top, for its title, not the edition\'s name', () => {
    const text = '第05:要闻\n上一版5   6下一版\n     标题导航\n青禾街道召开推进大会 部署全年工作~~~\n2024年03月15日 星期五 出版\n放大 缩小 默认\n青禾街道召开推进大会 部署全年工作\n奋力开创新局面\n  3月11日下午，青禾街道召开推进大会。\n';
    const s = analyseStructure(text);
    expect(s.title && text.slice(s.title.start, s.title.end)).toBe('青禾街道召开推进大会 部署全年工作');
  });
});
