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

/** Runs a program without a shell; resolves with its standard output, rejects with an ExternalToolError. */
export function runTool(tool: string, args: string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: OUTPUT_LIMIT, encoding: 'buffer', env: { ...process.env, ...options.env } }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT';
      const timedOut = error.killed === true && !missing;
      const detail = printable(stderr.toString('utf8')).trim().split('\n').slice(-2).join(' ') || error.message;
      const message = missing ? 'is not installed (scripts/setup.sh installs it)' : timedOut ? `took longer than ${options.timeoutMs / 1000} s` : detail;
      reject(new ExternalToolError(tool, { missing, timedOut, message }));
    });
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
