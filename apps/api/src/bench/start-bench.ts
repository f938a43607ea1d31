// Seconds from starting `kg serve` (the process, as a person or a supervisor starts it) to its first
// 200 from /health, on the Neo4j at NEO4J_URI; --runs starts, each stopped before the next. Beside
// each, the CPU seconds `kg serve` and its workers had used by then, and the load average as it
// started: on a busy machine the wall time says more about the others than about the start.
//   node dist/node/apps/api/src/bench/start-bench.js [--runs 5] [--workers N]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@policy-graph/model';
import { freePort } from './server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, workers: { type: 'string' } } });
const ROOT = repoRoot(__dirname);
const POLL_MS = 20;
const GIVE_UP_MS = 60_000;

const healthy = (url: string) => fetch(`${url}/health`).then((r) => r.ok, () => false);

// /proc/<pid>/stat after the command name: state, ppid, … utime and stime (fields 14 and 15) in ticks
const statOf = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
const TICKS_PER_S = 100;

/** CPU seconds of `pid` and every process under it (the cluster's workers), as Linux counts them. */
function treeCpuSeconds(pid: number): number {
  const parentOf = new Map<string, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parentOf.set(entry, statOf(entry)[1]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([String(pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const member of tree) {
    try {
      const fields = statOf(member);
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS_PER_S;
}

interface Start {
  seconds: number;
  cpuSeconds: number;
  load: number;
}

async function startToHealth(): Promise<Start> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [join(ROOT, 'bin/kg'), 'serve', '--port', String(port), ...(values.workers ? ['--workers', values.workers] : [])];
  const load = loadavg()[0];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOST: '127.0.0.1' } });
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`kg serve exited: ${log}`);
      if (await healthy(url)) return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: treeCpuSeconds(child.pid as number), load };
      if (Number(process.hrtime.bigint() - started) / 1e6 > GIVE_UP_MS) throw new Error(`no 200 from /health in ${GIVE_UP_MS / 1000} s: ${log}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0].toFixed(2)} s, median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s, max ${sorted[sorted.length - 1].toFixed(2)} s`;
};

async function main(): Promise<void> {
  const starts: Start[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const start = await startToHealth();
    starts.push(start);
    process.stdout.write(`start ${run + 1}: /health 200 after ${start.seconds.toFixed(2)} s, ${start.cpuSeconds.toFixed(2)} s CPU (load ${start.load.toFixed(1)})\n`);
  }
  const loads = starts.map((s) => s.load);
  process.stdout.write(`kg serve to /health 200: ${spread(starts.map((s) => s.seconds))}\n`);
  process.stdout.write(`CPU of kg serve and its workers by then: ${spread(starts.map((s) => s.cpuSeconds))}; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`start-bench: ${error.message}\n`);
  process.exit(1);
});
