import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { GraphError } from '../errors/graph-error';
import { ResolvedOptions } from './options';

export interface FetchResult {
  version: string;
  lib: string;
  classes: string;
  java: string;
}

/** Environment for fetch.sh / run.sh: the caller's, plus what the options set. */
export function launcherEnv(options: ResolvedOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_INITIAL_PASSWORD: options.password,
    NEO4J_HEAP: options.heap,
    ...(options.jvmOptions.length > 0 ? { NEO4J_JAVA_OPTS: options.jvmOptions.join(' ') } : {}),
    ...(options.cacheDir ? { POLICY_GRAPH_CACHE: options.cacheDir } : {}),
  };
}

/** Runs graph/launcher/fetch.sh (jars from Maven Central, Launcher compiled); quick when cached. */
export function fetchLauncher(options: ResolvedOptions): Promise<FetchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(options.launcherDir, 'fetch.sh')], {
      env: launcherEnv(options),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      String(chunk).split('\n').filter(Boolean).forEach((line) => options.log(line));
    });
    child.once('error', (error) => reject(new GraphError('START_FAILED', `cannot run fetch.sh: ${error.message}`)));
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new GraphError('START_FAILED', `fetching Neo4j failed (exit ${code}):\n${stderr.trim()}`));
        return;
      }
      resolve(parseKeyValues(stdout) as unknown as FetchResult);
    });
  });
}

function parseKeyValues(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.split('='))
    .filter((parts) => parts.length >= 2)
    .map(([key, ...value]) => [key.trim(), value.join('=').trim()]);
  return Object.fromEntries(entries);
}
