import { PairedDocument, PairedOutcome, resultPairs } from './target-results';

const target = (id: string, metric: string | null, baseUnit = '个', projects: string[] = []): PairedOutcome => ({ id, target: true, metric, baseUnit, projects });
const result = (id: string, metric: string | null, baseUnit = '个', projects: string[] = []): PairedOutcome => ({ id, target: false, metric, baseUnit, projects });
const doc = (id: string, year: number, written: boolean, outcomes: PairedOutcome[], place = '松岭区'): PairedDocument => ({ id, place, year, written, outcomes });

const sorted = (pairs: Array<[string, string]>) => pairs.map((p) => p.join('→')).sort();

describe('resultPairs', () => {
  it('pairs a metric inside the other either way, in the same unit, one to five years later', () => {
    const pairs = resultPairs([
      doc('a', 2018, true, [target('t1', '新增城镇就业人数'), target('t2', '研发投入', '%'), target('t3', '新建学校', '所')]),
      doc('b', 2020, true, [result('x1', '就业人数'), result('x2', '全社会研发投入强度', '%'), result('x3', '新建学校', '个')]),
      doc('c', 2018, true, [result('x4', '新增城镇就业人数')]),
      doc('d', 2024, true, [result('x5', '新增城镇就业人数')]),
    ]);
    // the same year and the sixth year do not count; 所 and 个 are two units
    expect(sorted(pairs)).toEqual(['t1→x1', 't2→x2']);
  });

  it('pairs outcomes of one project whatever their metrics, and none without a metric otherwise', () => {
    const pairs = resultPairs([
      doc('a', 2019, true, [target('t1', '绿道', '千米', ['松岭区|柳塘绿道']), target('t2', null, '千米')]),
      doc('b', 2021, true, [result('x1', '建成里程', '千米', ['松岭区|柳塘绿道']), result('x2', null, '千米')]),
    ]);
    expect(sorted(pairs)).toEqual(['t1→x1']);
  });

  it('gives only the pairs with an end in a written document, each once', () => {
    const documents = [
      doc('a', 2018, false, [target('t1', '青禾指数')]),
      doc('b', 2019, false, [result('x1', '青禾指数')]),
      doc('c', 2020, true, [target('t2', '青禾指数'), result('x2', '青禾指数')]),
      doc('d', 2021, true, [result('x3', '青禾指数')]),
    ];
    expect(sorted(resultPairs(documents))).toEqual(['t1→x2', 't1→x3', 't2→x3']);
  });

  it('pairs only within one place', () => {
    const pairs = resultPairs([doc('a', 2018, true, [target('t1', '青禾指数')], '松岭区'), doc('b', 2019, true, [result('x1', '青禾指数')], '柳塘区')]);
    expect(pairs).toEqual([]);
  });

  it('counts a metric of one character, or none, as inside any metric holding it', () => {
    const pairs = resultPairs([doc('a', 2018, true, [target('t1', '青禾指数'), target('t2', '')]), doc('b', 2019, true, [result('x1', '禾'), result('x2', '柳')])]);
    expect(sorted(pairs)).toEqual(['t1→x1', 't2→x1', 't2→x2']);
  });
});
