import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptySamples } from './load';
import { parseWrkOutput, wrkAvailable, wrkRunner } from './wrk-runner';

describe('parseWrkOutput', () => {
  it('expands every recorded latency by its count, in ms, and takes the duration wrk measured', () => {
    const round = parseWrkOutput('duration_us 3001500\nerrors 0 0 0 0 0\nbad 0\nlatency_us 150000 2\nlatency_us 151250 1\n');
    expect(round.seconds).toBeCloseTo(3.0015);
    expect(round.latencies).toEqual([150, 150, 151.25]);
    expect(round.errors).toBe(0);
    expect(round.firstError).toBeNull();
  });

  it('counts socket errors, timeouts and bad answers once each (a non-200 status is a bad answer)', () => {
    const round = parseWrkOutput('duration_us 1000000\nerrors 1 2 0 3 4\nbad 3\nfirst_bad 400 {"errors":[{"message":"no"}]}\n');
    expect(round.errors).toBe(1 + 2 + 4 + 3);
    expect(round.firstError).toBe('HTTP 400 {"errors":[{"message":"no"}]}');
  });

  it('refuses output without a duration, showing what wrk printed', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1')).toThrow(/no duration.*unable to connect/s);
  });
});

// wrk itself, against a server whose answers are known: the Lua script's checks and the body rotation.
describe('wrkRunner', () => {
  let server: Server;
  let url: string;
  const seen = new Map<string, number>();

  beforeAll(async () => {
    if (!(await wrkAvailable())) throw new Error('wrk is not installed: run scripts/setup.sh');
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: { key: string } };
        seen.set(variables.key, (seen.get(variables.key) ?? 0) + 1);
        const good = variables.key !== 'bad';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(good ? '{"data":{"ok":true}}' : '{"errors":[{"message":"no such key"}],"data":null}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('sends every body in turn and records a latency for each answer', async () => {
    seen.clear();
    const load = wrkRunner(url, ['a', 'b', 'c'].map((key) => ({ query: 'q', variables: { key } })), 2);
    const into = emptySamples();
    const seconds = await load.runner(1, into).finally(() => load.close());
    expect(seconds).toBeGreaterThan(0.9);
    expect(into.errors).toBe(0);
    expect(into.latencies.length).toBeGreaterThan(50);
    expect([...seen.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(into.latencies.every((ms) => ms > 0 && ms < 1000)).toBe(true);
    // one latency per answer, none synthetic (wrk's own figures add samples for coordinated omission)
    const answered = [...seen.values()].reduce((a, b) => a + b, 0);
    expect(into.latencies.length).toBeLessThanOrEqual(answered);
    expect(into.latencies.length).toBeGreaterThanOrEqual(answered - 2);
  });

  it('counts an answer carrying errors as an error and reports its head', async () => {
    seen.clear();
    const load = wrkRunner(url, ['a', 'bad'].map((key) => ({ query: 'q', variables: { key } })), 1);
    const into = emptySamples();
    await load.runner(1, into).finally(() => load.close());
    expect(into.errors).toBeGreaterThan(10);
    // wrk times every answer; every other one is bad
    expect(Math.abs(into.errors - into.latencies.length / 2)).toBeLessThanOrEqual(1);
    expect(into.firstError).toContain('no such key');
  });
});
