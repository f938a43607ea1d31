import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mergeSamples, type Runner, type Samples } from './load';

const run = promisify(execFile);
const SCRIPT = join(__dirname, 'wrk-load.lua');
// A request slower than this counts as an error, not a latency (wrk's default is 2 s).
const TIMEOUT_S = 30;

/**
 * Reads what wrk-load.lua's done() prints: one round's samples, with the seconds wrk ran. wrk times bad
 * answers too, so they are among the latencies as well as counted in errors.
 */
export function parseWrkOutput(stdout: string): Samples {
  const round: Samples = { seconds: NaN, latencies: [], errors: 0, firstError: null };
  for (const line of stdout.split('\n')) {
    const [key, ...rest] = line.trim().split(' ');
    if (key === 'duration_us') round.seconds = Number(rest[0]) / 1e6;
    else if (key === 'errors') {
      // connect, read, write, status, timeout: non-200 statuses are counted in `bad` as well
      const [connect, read, write, , timeout] = rest.map(Number);
      round.errors += connect + read + write + timeout;
      if (connect + read + write + timeout > 0) round.firstError ??= `wrk: ${connect} connect, ${read} read, ${write} write errors, ${timeout} timeouts`;
    } else if (key === 'bad') round.errors += Number(rest[0]);
    else if (key === 'first_bad') round.firstError = `HTTP ${rest.join(' ')}`;
    else if (key === 'latency_us') {
      const [us, count] = rest.map(Number);
      for (let i = 0; i < count; i++) round.latencies.push(us / 1000);
    }
  }
  if (!Number.isFinite(round.seconds)) throw new Error(`wrk printed no duration; its output was:\n${stdout.slice(0, 2000)}`);
  return round;
}

export async function wrkAvailable(): Promise<boolean> {
  // wrk has no --version that exits 0: it prints its usage and exits 1; only a missing binary throws ENOENT
  return run('wrk', ['--version']).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}

/**
 * The GraphQL path's load from wrk: `clients` kept-alive connections, one per wrk thread, each sending
 * its next request when the last one answered, the bodies taken in turn. wrk costs the two shared cores
 * about a tenth of the CPU per request that a Node client does, so the service is not billed for its client.
 */
export function wrkRunner(url: string, bodies: unknown[], clients: number): { runner: Runner; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'policy-graph-wrk-'));
  const file = join(dir, 'bodies.jsonl');
  writeFileSync(file, bodies.map((b) => JSON.stringify(b)).join('\n') + '\n');
  const target = new URL('/graphql', url).toString();
  const runner: Runner = async (seconds: number, into: Samples) => {
    const args = [`-t${clients}`, `-c${clients}`, `-d${Math.max(1, Math.round(seconds))}s`, `--timeout`, `${TIMEOUT_S}s`, '-s', SCRIPT, target];
    const { stdout } = await run('wrk', args, { env: { ...process.env, BODIES: file, WRK_CONNECTIONS: String(clients) }, maxBuffer: 64 * 1024 * 1024 });
    const round = parseWrkOutput(stdout);
    mergeSamples(into, round);
    // wrk leaves the requests still out when its time is up, and the API goes on with them: wait about
    // as long as the slowest answer took, so they do not load the other path's round.
    const slowest = round.latencies.reduce((a, b) => Math.max(a, b), 0);
    await new Promise((settled) => setTimeout(settled, Math.min(slowest, TIMEOUT_S * 1000)));
    return round.seconds;
  };
  return { runner, close: () => rmSync(dir, { recursive: true, force: true }) };
}
