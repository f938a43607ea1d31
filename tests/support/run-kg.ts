import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';

const KG = resolve(__dirname, '../../bin/kg');

export interface KgResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/kg from a folder outside the repository, as a user would. */
export function runKg(args: string[], env: Record<string, string | undefined> = {}): KgResult {
  const result = spawnSync(KG, args, {
    cwd: tmpdir(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
