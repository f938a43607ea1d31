import { CypherGuardWorker } from './guard-worker';

describe('CypherGuardWorker', () => {
  let guard: CypherGuardWorker;
  beforeAll(() => (guard = new CypherGuardWorker({ deadlineMs: 2_000 })).start(), 30_000);
  afterAll(() => guard.close());

  it('gives the same verdicts as the guard itself', async () => {
    expect(await guard.check('MATCH (n) RETURN n LIMIT 1')).toEqual({ ok: true });
    expect(await guard.check('MATCH (n) DETACH DELETE n')).toMatchObject({ ok: false, code: 'WRITE_CLAUSE' });
    expect(await guard.check('RETURN range(1, $n) AS r', { n: 1e9 })).toMatchObject({ ok: false, code: 'LIST_TOO_LARGE' });
  });

  it('refuses a query whose analysis outlives the deadline, keeps the event loop free, and goes on with a fresh thread', async () => {
    const slow = new CypherGuardWorker({ deadlineMs: 150 });
    await slow.start();
    try {
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 5);
      const started = Date.now();
      // within the text bounds, yet 0.3–0.7 s of parsing on an idle machine
      const verdict = await slow.check(`MATCH (a) RETURN ${'CASE WHEN true THEN '.repeat(12)}(a)${'--(a)'.repeat(19)}${' END'.repeat(12)} AS x`);
      clearInterval(ticker);
      expect(verdict).toMatchObject({ ok: false, code: 'TOO_COMPLEX' });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(ticks).toBeGreaterThan(0);
      expect(await slow.check('RETURN 1 AS one')).toEqual({ ok: true });
    } finally {
      await slow.close();
    }
  }, 30_000);

  it('answers a query checked before with the same parameters at once, while the thread is busy with another', async () => {
    expect(await guard.check('RETURN range(1, $n) AS r', { n: 5 })).toEqual({ ok: true });
    const order: string[] = [];
    // 0.3–0.7 s of parsing on an idle machine, so the thread is busy while the repeated query waits
    const slow = guard.check(`MATCH (a) RETURN ${'CASE WHEN true THEN '.repeat(12)}(a)${'--(a)'.repeat(19)}${' END'.repeat(12)} AS x`).then(() => order.push('slow'));
    const again = guard.check('RETURN range(1, $n) AS r', { n: 5 }).then((verdict) => order.push(`again ${verdict.ok}`));
    await Promise.all([slow, again]);
    expect(order).toEqual(['again true', 'slow']);
    // other parameters are checked afresh: they bound the range
    expect(await guard.check('RETURN range(1, $n) AS r', { n: 1e9 })).toMatchObject({ ok: false, code: 'LIST_TOO_LARGE' });
  }, 30_000);

  it('refuses a query longer than the limit without handing it over', async () => {
    expect(await guard.check('RETURN 1 //' + 'x'.repeat(20_000))).toMatchObject({ ok: false, code: 'QUERY_TOO_LONG' });
  });
});
