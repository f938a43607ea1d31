import { execFileSync, spawn } from 'node:child_process';
import { ExternalToolError, runTool } from './external-tool';

async function failure(promise: Promise<unknown>): Promise<ExternalToolError> {
  const error = await promise.then(
    () => new Error('the tool succeeded'),
    (e: unknown) => e,
  );
  if (!(error instanceof ExternalToolError)) throw error;
  return error;
}

const running = (pattern: string) => {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
};

it('stops a tool at its deadline and says so', async () => {
  const started = Date.now();
  const error = await failure(runTool('sleep', ['20'], { timeoutMs: 1_000 }));
  expect(error.failure).toEqual({ missing: false, timedOut: true, message: 'took longer than 1 s' });
  expect(Date.now() - started).toBeLessThan(5_000);
});

it('reports a program that is not installed', async () => {
  const error = await failure(runTool('no-such-reader-tool', [], { timeoutMs: 1_000 }));
  expect(error.failure).toMatchObject({ missing: true, message: 'is not installed (scripts/setup.sh installs it)' });
});

it('gives a tool\'s own complaint when it fails', async () => {
  const error = await failure(runTool('sh', ['-c', 'echo "cannot open the file" >&2; exit 3'], { timeoutMs: 5_000 }));
  expect(error.failure).toEqual({ missing: false, timedOut: false, message: 'cannot open the file' });
});

it('a tool outlives nothing: killed at its deadline even when the process that started it is gone', async () => {
  // a distinctive duration to find the process by
  const marker = 'sleep 27.4321';
  const starter = spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), '-e', `require(${JSON.stringify(require.resolve('./external-tool'))}).runTool('sleep', ['27.4321'], { timeoutMs: 1500 })`], {
    stdio: 'ignore',
  });
  for (const until = Date.now() + 20_000; !running(marker); ) {
    expect(Date.now()).toBeLessThan(until);
    await new Promise((r) => setTimeout(r, 100));
  }
  starter.kill('SIGKILL');
  const killed = Date.now();
  while (running(marker)) {
    expect(Date.now() - killed).toBeLessThan(6_000);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 40_000);
