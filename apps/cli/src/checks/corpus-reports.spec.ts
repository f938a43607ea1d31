import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cityReports } from './corpus-reports';
import { seededSample } from './seeded-sample';

describe('the corpus as the panel check reads it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-reports-'));
    const files = ['政府工作报告-主要城市/杭州市/2017.md', '政府工作报告-主要城市/西宁市/2016.md', '政府工作报告-主要城市/西宁市/2016-11.md',
      '政府工作报告-其他地市/嘉兴市/2019.md', '政府工作报告-其他地市/嘉兴市/README.md'];
    for (const f of files) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    mkdirSync(join(dir, '政府工作报告-其他地市/空市'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts report files per city and year, a second report of a year (2016-11.md) included, other files and empty folders not', () => {
    const reports = cityReports(dir);
    expect([...reports.keys()].sort()).toEqual(['嘉兴市', '杭州市', '西宁市'].sort());
    expect(reports.get('西宁市')).toEqual(new Map([[2016, 2]]));
    expect(reports.get('嘉兴市')).toEqual(new Map([[2019, 1]]));
  });

  it('draws the same sample for the same seed, without repeats', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = seededSample(items, 20, 7);
    expect(seededSample(items, 20, 7)).toEqual(a);
    expect(new Set(a).size).toBe(20);
    expect(seededSample(items, 20, 8)).not.toEqual(a);
    expect(seededSample([1, 2], 5, 1).sort()).toEqual([1, 2]);
  });
});
