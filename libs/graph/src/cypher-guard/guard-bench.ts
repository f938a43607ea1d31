/**
 * Prints the parser guard's latency on the reference query sets:
 * the first (cold) call, then per-query figures over several rounds.
 *   node -r @swc-node/register libs/graph/src/cypher-guard/guard-bench.ts [--rounds 5]
 */
import { performance } from 'node:perf_hooks';
import { checkReadOnlyCypher } from './cypher-guard';
import { HOSTILE_QUERIES } from './hostile-queries';
import { LEGITIMATE_QUERIES } from './legitimate-queries';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timeOne(query: string): number {
  const started = performance.now();
  checkReadOnlyCypher(query);
  return performance.now() - started;
}

function report(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(12)} n=${String(sorted.length).padStart(4)}  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  max ${fmt(sorted[sorted.length - 1])}`,
  );
}

function main(): void {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
  const hostile = HOSTILE_QUERIES.map(([query]) => query);
  console.log(`first call (loads the parser): ${timeOne(LEGITIMATE_QUERIES[0]).toFixed(0)} ms`);
  const times = { hostile: [] as number[], legitimate: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const query of hostile) times.hostile.push(timeOne(query));
    for (const query of LEGITIMATE_QUERIES) times.legitimate.push(timeOne(query));
  }
  report('hostile', times.hostile);
  report('legitimate', times.legitimate);
  report('all', [...times.hostile, ...times.legitimate]);
  const longest = [...LEGITIMATE_QUERIES].sort((a, b) => b.length - a.length)[0];
  console.log(`longest legitimate (${longest.length} chars): ${timeOne(longest).toFixed(1)} ms`);
}

main();
