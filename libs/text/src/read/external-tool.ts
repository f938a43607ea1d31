import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ToolFailure {
  /** the program is not installed (scripts/setup.sh installs it) */
  missing: boolean;
  timedOut: boolean;
  message: string;
}

export class ExternalToolError extends Error {
  constructor(readonly tool: string, readonly failure: ToolFailure) {
    super(`${tool}: ${failure.message}`);
    this.name = 'ExternalToolError';
  }
}

const OUTPUT_LIMIT = 64 * 1024 * 1024;

// a tool's complaint may quote the bytes it choked on: keep lines of printable characters only
const printable = (text: string) => [...text].filter((c) => c === '\n' || (c >= ' ' && c !== '\u007f' && c !== '\ufffd' && !(c >= '\u0080' && c <= '\u009f'))).join('');

// coreutils' timeout(1) exits with these when the program could not be found or run; at the deadline
// it kills its whole process group, itself included (SIGKILL).
const NOT_FOUND = 127;
const NOT_EXECUTABLE = 126;

/**
 * Runs a program without a shell; resolves with its standard output, rejects with an ExternalToolError.
 * The program runs under timeout(1), which kills it (and what it started) at its deadline even when
 * the thread that started it is gone: an upload's extraction thread is ended, not asked, when it runs
 * past its own deadline, and a renderer it left behind would otherwise run on for minutes.
 */
export function runTool(tool: string, args: string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<Buffer> {
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  return new Promise((resolve, reject) => {
    execFile(
      'timeout',
      ['--signal=KILL', `${seconds}s`, tool, ...args],
      // Node's own timer only in case timeout(1) itself hangs
      { timeout: options.timeoutMs + 5_000, killSignal: 'SIGKILL', maxBuffer: OUTPUT_LIMIT, encoding: 'buffer', env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code as unknown;
        const missing = code === 'ENOENT' || code === NOT_FOUND || code === NOT_EXECUTABLE;
        const timedOut = !missing && (error.signal === 'SIGKILL' || error.killed === true);
        const detail = printable(stderr.toString('utf8')).trim().split('\n').slice(-2).join(' ') || error.message;
        const message = missing ? 'is not installed (scripts/setup.sh installs it)' : timedOut ? `took longer than ${seconds} s` : detail;
        reject(new ExternalToolError(tool, { missing, timedOut, message }));
      },
    );
  });
}

/** A private temporary folder for one file's tools, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-graph-read-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
