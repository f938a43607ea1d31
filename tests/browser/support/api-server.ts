// A real API (bin/kg serve) on a free port against the run's Neo4j, with the seeds ingested and the page built.
import { spawn, execFileSync, ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '@policy-graph/graph';
import { testNeo4j } from '../../support/neo4j-env';

const ROOT = resolve(__dirname, '../../..');
const KG = join(ROOT, 'bin/kg');

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { uri, username, password } = testNeo4j();
  return { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, ...extra };
}

export function ingestSeeds(): void {
  execFileSync(process.execPath, [KG, 'ingest', join(ROOT, 'seeds')], { env: env(), stdio: 'pipe', timeout: 240_000 });
}

export function ensureWebBuilt(): void {
  if (existsSync(join(ROOT, 'dist/web/index.html')) && !process.env.WEB_REBUILD) return;
  execFileSync('npx', ['nx', 'run', 'web:build', '--skip-nx-cache'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not answer /health within 60 s:\n${log()}`);
}

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

export async function startApi(): Promise<ApiServer> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [KG, 'serve', '--port', String(port)], { env: env({ PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
