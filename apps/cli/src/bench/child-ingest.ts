import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestSummary } from '@policy-graph/graph';

export interface ChildIngest {
  summary: IngestSummary;
  seconds: number;
  peakRssBytes: number;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

// Runs `kg ingest` as its own process, exactly as a user would, watching its resident memory.
export function ingestInChild(repoRoot: string, paths: string[], workers: number, env: NodeJS.ProcessEnv): Promise<ChildIngest> {
  const args = [join(repoRoot, 'bin', 'kg'), 'ingest', ...paths, '--json', '--workers', String(workers), '--every', '250'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const started = Date.now();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(child.pid ?? 0))), 200);
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 3) return reject(new Error(`kg ingest exited with ${code}`));
      resolve({ summary: JSON.parse(stdout) as IngestSummary, seconds: (Date.now() - started) / 1000, peakRssBytes: peak });
    });
  });
}
