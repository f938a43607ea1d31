import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';

const KG = resolve(__dirname, '../../../bin/kg');

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
}

export interface KgRun {
  child: ChildProcess;
  stderr: () => string;
  stdout: () => string;
  done: Promise<number | null>;
}

// bin/kg as a child process that a test can watch and kill.
export function startKg(args: string[], target: Neo4jTarget): KgRun {
  const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password };
  const child = spawn(KG, args, { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (err += chunk));
  const done = new Promise<number | null>((resolveDone) => child.on('close', (code) => resolveDone(code)));
  return { child, stderr: () => err, stdout: () => out, done };
}

export async function runKgTo(args: string[], target: Neo4jTarget): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startKg(args, target);
  const code = await run.done;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

// Resolves once `pattern` shows up on the child's stderr.
export function waitForStderr(run: KgRun, pattern: RegExp, timeoutMs = 300_000): Promise<void> {
  return new Promise((resolveWait, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (pattern.test(run.stderr())) {
        clearInterval(timer);
        resolveWait();
      } else if (Date.now() - started > timeoutMs || run.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`never saw ${pattern} on stderr:\n${run.stderr().slice(-2000)}`));
      }
    }, 100);
  });
}
