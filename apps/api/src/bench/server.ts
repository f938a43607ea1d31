import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { repoRoot } from '@policy-graph/model';
import { join } from 'node:path';

const ROOT = repoRoot(__dirname);
const LOG_TAIL = 16_000;

export const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
    s.once('error', fail);
  });

// A compiled bench starts the compiled `kg serve` beside it (compiled-serve.ts); through swc, bin/kg.
const SERVE = __filename.endsWith('.js') ? [join(__dirname, 'compiled-serve.js')] : [join(ROOT, 'bin/kg'), 'serve'];

// `kg serve` in its own process, as deployed, so the load generator does not share its event loop.
export async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, SERVE, { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  // only the end of its log, for an error message: it writes a line per request, which the bench
  // would otherwise keep, on the cores the API shares, for the whole run
  let log = '';
  child.stderr?.on('data', (d) => (log = (log + d).slice(-LOG_TAIL)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`kg serve exited: ${log}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) {
      return { url, pid: child.pid as number, stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`kg serve did not answer /health: ${log}`);
}
