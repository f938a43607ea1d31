import type { BodyOutcome } from './body-api';
import { outcomesCsv, pairWithTargets, sortOutcomes } from './outcome-rows';

const outcome = (id: string, status: BodyOutcome['status'], value: number, year: number, metric = '垃圾减量'): BodyOutcome => ({
  id, text: `${metric}${value}吨`, metric, value, unit: '吨', status, year, sentence: `实现${metric}${value}吨。`,
  documentId: 'd', documentTitle: '报告', documentYear: year, start: 0, end: 1, project: null,
});

describe('outcome rows', () => {
  it('puts an achievement beside the latest earlier target of its metric', () => {
    const rows = pairWithTargets([outcome('a', 'target', 5000, 2018), outcome('b', 'target', 6000, 2019), outcome('c', 'achieved', 7000, 2019), outcome('d', 'achieved', 3, 2019, '绿道')]);
    expect(rows.find((r) => r.id === 'c')?.earlierTarget?.value).toBe(6000);
    expect(rows.find((r) => r.id === 'd')?.earlierTarget).toBeNull();
  });

  it('sorts by value either way and writes the shown rows as CSV', () => {
    const rows = pairWithTargets([outcome('a', 'achieved', 10, 2019), outcome('b', 'achieved', 7000, 2019), outcome('c', 'target', 300, 2020)]);
    expect(sortOutcomes(rows, { column: 'value', descending: true }).map((r) => r.value)).toEqual([7000, 300, 10]);
    expect(sortOutcomes(rows, { column: 'year', descending: false }).map((r) => r.year)).toEqual([2019, 2019, 2020]);
    const csv = outcomesCsv(sortOutcomes(rows, { column: 'value', descending: true }), ['metric', 'value', 'unit', 'status', 'year', 'project', 'target', 'evidence']);
    expect(csv.split('\r\n')[1]).toBe('垃圾减量,7000,吨,achieved,2019,,,实现垃圾减量7000吨。,报告,2019');
  });
});
