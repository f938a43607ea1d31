import { GraphError } from '../errors/graph-error';
import { launcherLogOf, tailOf } from './instance-files';
import { ResolvedOptions } from './options';

/** Turns the launcher's last log lines into an error a person can act on. */
export function diagnoseFailure(options: ResolvedOptions, exitCode: number): GraphError {
  const logFile = launcherLogOf(options.home);
  const tail = tailOf(logFile, 40);
  if (/Lock file has been locked|FileLockException/.test(tail)) {
    return new GraphError(
      'STORE_LOCKED',
      `the store in ${options.home}/data is locked by another process (a Neo4j still running on this folder?). ` +
        `Stop that process, or use another --home. Details: ${logFile}`,
    );
  }
  if (/BindException|Address already in use/.test(tail)) {
    return new GraphError(
      'PORT_IN_USE',
      `port ${options.port} on 127.0.0.1 was taken while Neo4j started; pick another port with --port N`,
    );
  }
  const lastLines = tail.split('\n').slice(-8).join('\n');
  return new GraphError('START_FAILED', `Neo4j exited with code ${exitCode} while starting; ${logFile} ends with:\n${lastLines}`);
}
