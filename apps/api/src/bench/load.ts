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

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

// `clients` loops, each sending its next request when the last one answered, for `seconds`.
export async function runLoad(seconds: number, clients: number, request: (n: number) => Promise<void>): Promise<LoadStats> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async (c: number) => {
    for (let n = c; performance.now() < end; n += clients) {
      const t = performance.now();
      try {
        await request(n);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: latencies.length / elapsed,
    firstError,
  };
}
