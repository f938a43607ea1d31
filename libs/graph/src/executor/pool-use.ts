import type { Driver } from 'neo4j-driver';

export interface PoolUse {
  /** connections lent to sessions now */
  inUse: number;
  /** open connections waiting in the pool */
  idle: number;
}

interface DriverPool {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length?: number }>;
}

/**
 * The driver's pool, summed over its servers. The driver has no public figure for it, so this reads
 * its pool's own counters, and gives null when a driver version lays them out otherwise.
 */
export function poolUseOf(driver: Driver): PoolUse | null {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: DriverPool } })._connectionProvider?._connectionPool;
  if (!pool?._activeResourceCounts || !pool._pools) return null;
  const inUse = Object.values(pool._activeResourceCounts).reduce((sum, n) => sum + (Number(n) || 0), 0);
  const idle = Object.values(pool._pools).reduce((sum, p) => sum + (Number(p?.length) || 0), 0);
  return { inUse, idle };
}
