import { performance } from 'node:perf_hooks';

export interface LoadStats {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  firstError: string | null;
}

export type Request = (n: number) => Promise<void>;

export interface Samples {
  latencies: number[];
  errors: number;
  /** Wall time of the rounds measured into these samples (kept by runPaired). */
  seconds: number;
  firstError: string | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * `clients` loops, each sending its next request when the last one answered, for `seconds`; resolves
 * with those seconds once the requests still out have answered. As with wrk, only answers within the
 * window count: one that arrives after it is neither a latency nor an error, so both paths are counted
 * alike (counting it would raise this side's throughput by up to half a latency per client and round).
 */
export async function sample(seconds: number, clients: number, request: Request, into: Samples): Promise<number> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const client = async (c: number) => {
    for (let n = c; performance.now() < end; n += clients) {
      const t = performance.now();
      try {
        await request(n);
        const done = performance.now();
        if (done <= end) into.latencies.push(done - t);
      } catch (error) {
        if (performance.now() > end) continue;
        into.errors++;
        into.firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  return seconds;
}

function statsOf(s: Samples): LoadStats {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors: s.errors,
    seconds: s.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: sorted.length / s.seconds,
    firstError: s.firstError,
  };
}

export const emptySamples = (): Samples => ({ latencies: [], errors: 0, seconds: 0, firstError: null });

/** Adds one process's samples of the same round into another's. */
export function mergeSamples(into: Samples, from: Samples): void {
  into.latencies.push(...from.latencies);
  into.errors += from.errors;
  into.firstError ??= from.firstError;
}

/**
 * Fills `into` with `seconds` of load; resolves when the round is over, with the seconds the load ran
 * when the runner measured them itself (an external client's start-up is not load).
 */
export type Runner = (seconds: number, into: Samples) => Promise<number | void>;

export const inProcess = (clients: number, request: Request): Runner => (seconds, into) => sample(seconds, clients, request, into);

/**
 * Two ways of doing the same work, measured in alternating rounds (A B A B …) after a warm-up of both,
 * so a page cache warming up or a neighbour's load falls on both sides alike.
 */
export async function runPaired(seconds: number, rounds: number, a: Runner, b: Runner): Promise<[LoadStats, LoadStats]> {
  await a(Math.min(5, seconds), emptySamples());
  await b(Math.min(5, seconds), emptySamples());
  const sa = emptySamples();
  const sb = emptySamples();
  for (let r = 0; r < rounds; r++) {
    const [first, second] = r % 2 === 0 ? [a, b] : [b, a];
    const [into1, into2] = r % 2 === 0 ? [sa, sb] : [sb, sa];
    await timed(first, seconds / rounds, into1);
    await timed(second, seconds / rounds, into2);
  }
  return [statsOf(sa), statsOf(sb)];
}

// A round's time under load, whichever process measured it: throughput is requests over this.
async function timed(run: Runner, seconds: number, into: Samples): Promise<void> {
  const started = performance.now();
  const measured = await run(seconds, into);
  into.seconds += typeof measured === 'number' ? measured : (performance.now() - started) / 1000;
}
