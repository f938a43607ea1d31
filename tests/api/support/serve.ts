// The API as users run it: `bin/kg serve` in its own process on a free port, against the run's Neo4j.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { findFreePort } from '@policy-graph/graph';
import { testNeo4j } from '../../support/neo4j-env';

export const ROOT = resolve(__dirname, '../../..');
export const KG = join(ROOT, 'bin/kg');
export const WRITE_TOKEN = 'e2e-write-token-0123456789abcdef';
export const READ_TOKEN = 'e2e-read-token-0123456789abcdef';

// The suite sends far more requests from one address than a person would: rate limits are out of its
// way unless a spec sets its own (rate-limit.spec.ts).
const TEST_RATE_LIMITS = { RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_CONSOLE: '1000000', RATE_LIMIT_UPLOADS: '1000000' };

export function serveEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { uri, username, password } = testNeo4j();
  return { ...process.env, ...TEST_RATE_LIMITS, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, ...extra };
}

// Idempotent: documents already in the graph (same sha256) are left unchanged.
export function ingestSeeds(): void {
  execFileSync(process.execPath, [KG, 'ingest', join(ROOT, 'seeds'), '--workers', '0'], { env: serveEnv(), stdio: 'pipe', timeout: 300_000 });
}

export interface ServedApi {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

async function waitUntilListening(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`kg serve exited with ${child.exitCode}:\n${output()}`);
    const answered = await fetch(`${url}/health`).then(() => true, () => false);
    if (answered) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`kg serve did not listen within 60 s:\n${output()}`);
}

export async function serve(extraEnv: Record<string, string> = {}): Promise<ServedApi> {
  const port = await findFreePort();
  // one process unless a test asks for more: the suite runs many servers on a small machine
  const env = serveEnv({ API_WRITE_TOKEN: WRITE_TOKEN, API_WORKERS: '1', ...extraEnv, PORT: String(port), HOST: '127.0.0.1' });
  const child = spawn(process.execPath, [KG, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilListening(url, child, () => log);
  return {
    url,
    pid: child.pid as number,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

// Runs `kg serve` expecting it to stop by itself (bad configuration): exit code and stderr.
export function serveExpectingExit(extraEnv: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [KG, 'serve'], { env: serveEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 100_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

/**
 * A spec file's API on the seeds graph: registers the beforeAll (ingest, serve) and afterAll (stop)
 * hooks, and returns a handle whose fields are there once the tests run.
 */
export function seedsApi(extraEnv: Record<string, string> = {}): ServedApi {
  let served: ServedApi | undefined;
  beforeAll(async () => {
    ingestSeeds();
    served = await serve(extraEnv);
  }, 360_000);
  afterAll(() => served?.stop());
  const live = () => {
    if (!served) throw new Error('the API starts in beforeAll: use it inside a test or hook');
    return served;
  };
  return {
    get url() {
      return live().url;
    },
    get pid() {
      return live().pid;
    },
    output: () => live().output(),
    stop: () => live().stop(),
  };
}
