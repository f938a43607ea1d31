import { localNeo4jStatus } from './status';
import { startLocalNeo4j } from './start';
import { LocalNeo4jOptions, resolveOptions } from './options';

export interface SuperviseOptions {
  /** How often the process is looked at. */
  intervalMs?: number;
  /** Restarts allowed within `withinMs`; past them the supervisor gives up and says so. */
  maxRestarts?: number;
  withinMs?: number;
}

export interface Supervisor {
  stop(): void;
}

// Starts the Neo4j of `home` again when it died without being asked (killed, out of memory): its pid
// file is left behind with no process. A `kg neo4j stop` removes the pid file, so it is never undone.
export function superviseLocalNeo4j(input: LocalNeo4jOptions, supervise: SuperviseOptions = {}): Supervisor {
  const options = resolveOptions(input);
  const { intervalMs = 2_000, maxRestarts = 3, withinMs = 10 * 60_000 } = supervise;
  const restarts: number[] = [];
  let busy = false;
  let stopped = false;
  const look = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const status = await localNeo4jStatus(options);
      if (status.state !== 'stale') return;
      const now = Date.now();
      while (restarts.length && now - restarts[0] > withinMs) restarts.shift();
      if (restarts.length >= maxRestarts) {
        options.log(`Neo4j in ${options.home} stopped again (pid ${status.pid}); ${maxRestarts} restarts in ${withinMs / 60_000} min, not starting it again`);
        stopped = true;
        clearInterval(timer);
        return;
      }
      restarts.push(now);
      options.log(`Neo4j in ${options.home} stopped without being asked (pid ${status.pid} is gone); starting it again (${restarts.length} of ${maxRestarts})`);
      const started = await startLocalNeo4j(options);
      options.log(`Neo4j answers again at ${started.uri} (pid ${started.pid}, ${(started.startMs / 1000).toFixed(1)} s)`);
    } catch (error) {
      options.log(`Neo4j in ${options.home} could not be started again: ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void look(), intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
