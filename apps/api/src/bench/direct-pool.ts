import { API_WORKER_V8_FLAGS } from '@policy-graph/config';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DirectRun } from './direct-worker';
import { mergeSamples, type Runner, type Samples } from './load';

export interface DirectPool {
  runner(workload: string, keys: string[], clients: number): Runner;
  close(): Promise<void>;
}

const answer = <T>(child: ChildProcess) =>
  new Promise<T>((done, fail) => {
    const onExit = (code: number | null) => fail(new Error(`a direct bench process exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (m) => {
      child.off('exit', onExit);
      done(m as T);
    });
  });

// `processes` Node processes running the direct path, the clients split among them, with the API workers' V8 flags.
// The worker runs as this file does: compiled beside a compiled bench, through swc beside the TypeScript.
export async function startDirectPool(processes: number, env: NodeJS.ProcessEnv): Promise<DirectPool> {
  const compiled = __filename.endsWith('.js');
  const worker = join(__dirname, compiled ? 'direct-worker.js' : 'direct-worker.ts');
  const execArgv = [...(compiled ? [] : ['-r', '@swc-node/register']), ...API_WORKER_V8_FLAGS];
  const children = Array.from({ length: processes }, () => fork(worker, [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await Promise.all(children.map((c) => answer<'ready'>(c)));
  return {
    runner: (workload, keys, clients) => async (seconds, into) => {
      const share = (i: number) => Math.floor(clients / processes) + (i < clients % processes ? 1 : 0);
      const runs = children.map((child, i) => {
        const run: DirectRun = { workload, keys, seconds, clients: share(i), offset: i, stride: processes };
        const done = answer<Samples>(child);
        child.send(run);
        return done;
      });
      const rounds = await Promise.all(runs);
      for (const s of rounds) mergeSamples(into, s);
      // every process loads for the same window: its answers within it are what count (see sample)
      return Math.max(...rounds.map((s) => s.seconds));
    },
    close: async () => {
      await Promise.all(children.map((c) => new Promise<void>((done) => (c.once('exit', () => done()), c.send('stop')))));
    },
  };
}
