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

interface Samples {
  latencies: number[];
  errors: number;
  seconds: number;
  firstError: string | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

// `clients` loops, each sending its next request when the last one answered, for `seconds`.
async function sample(seconds: number, clients: number, request: Request, into: Samples): Promise<void> {
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async (c: number) => {
    for (let n = c; performance.now() < end; n += clients) {
      const t = performance.now();
      try {
        await request(n);
        into.latencies.push(performance.now() - t);
      } catch (error) {
        into.errors++;
        into.firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  into.seconds += (performance.now() - started) / 1000;
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

const empty = (): Samples => ({ latencies: [], errors: 0, seconds: 0, firstError: null });

export async function runLoad(seconds: number, clients: number, request: Request): Promise<LoadStats> {
  const s = empty();
  await sample(seconds, clients, request, s);
  return statsOf(s);
}

/**
 * Two ways of doing the same work, measured in alternating rounds (A B A B …) after a warm-up of both,
 * so a page cache warming up or a neighbour's load falls on both sides alike.
 */
export async function runPaired(
  seconds: number,
  rounds: number,
  clients: number,
  a: Request,
  b: Request,
): Promise<[LoadStats, LoadStats]> {
  await runLoad(Math.min(5, seconds), clients, a);
  await runLoad(Math.min(5, seconds), clients, b);
  const sa = empty();
  const sb = empty();
  for (let r = 0; r < rounds; r++) {
    const [first, second] = r % 2 === 0 ? [a, b] : [b, a];
    const [into1, into2] = r % 2 === 0 ? [sa, sb] : [sb, sa];
    await sample(seconds / rounds, clients, first, into1);
    await sample(seconds / rounds, clients, second, into2);
  }
  return [statsOf(sa), statsOf(sb)];
}
