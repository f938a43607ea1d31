export * from './neo4j-executor';
export type { PoolUse } from './pool-use';
