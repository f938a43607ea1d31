// Seconds from starting `kg serve` (the process, as a person or a supervisor starts it) to its first
// 200 from /health, on the Neo4j at NEO4J_URI; --runs starts, each stopped before the next.
//   node dist/node/apps/api/src/bench/start-bench.js [--runs 5] [--workers N]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@policy-graph/model';
import { freePort } from './server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, workers: { type: 'string' } } });
const ROOT = repoRoot(__dirname);
const POLL_MS = 20;
const GIVE_UP_MS = 60_000;

const healthy = (url: string) => fetch(`${url}/health`).then((r) => r.ok, () => false);

async function startToHealth(): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [join(ROOT, 'bin/kg'), 'serve', '--port', String(port), ...(values.workers ? ['--workers', values.workers] : [])];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOST: '127.0.0.1' } });
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`kg serve exited: ${log}`);
      if (await healthy(url)) return Number(process.hrtime.bigint() - started) / 1e9;
      if (Number(process.hrtime.bigint() - started) / 1e6 > GIVE_UP_MS) throw new Error(`no 200 from /health in ${GIVE_UP_MS / 1000} s: ${log}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function main(): Promise<void> {
  const seconds: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    seconds.push(await startToHealth());
    process.stdout.write(`start ${run + 1}: /health 200 after ${seconds[seconds.length - 1].toFixed(2)} s\n`);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  process.stdout.write(`kg serve to /health 200: min ${sorted[0].toFixed(2)} s, median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s, max ${sorted[sorted.length - 1].toFixed(2)} s\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`start-bench: ${error.message}\n`);
  process.exit(1);
});
