import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served at GET /metrics. Anything in the API that has something to
 * count imports the metric it sets from here. Each `kg serve` worker keeps its own; a scrape is
 * answered with the sum of all of them (cluster-metrics.ts), each metric combined by its aggregator.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const requestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL requests from receipt to answer, by operation name (anonymous without one)',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const errorsByCode = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors in GraphQL answers, by code (extensions.code)',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const rateLimited = new Counter({
  name: 'rate_limited_requests_total',
  help: 'Requests refused with 429 by a rate limit, by limit (requests, console, uploads)',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

export const documentsIngested = new Counter({
  name: 'ingest_documents_total',
  help: 'Documents ingested through the API, by outcome (created, replaced, unchanged, failed)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const ingestJobs = new Gauge({
  name: 'ingest_jobs',
  help: 'Ingest jobs by state',
  labelNames: ['state'] as const,
  // jobs are the graph's, not a worker's: workers that count them count the same ones
  aggregator: 'max',
  registers: [metricsRegistry],
});

export interface PoolUse {
  inUse: number;
  idle: number;
}

let poolSource: (() => PoolUse | null) | null = null;

/** Where the pool gauge reads from at each scrape (the API's executor). */
export function readPoolUseFrom(source: () => PoolUse | null): void {
  poolSource = source;
}

export const neo4jConnections = new Gauge({
  name: 'neo4j_pool_connections',
  help: "Connections of the API's Neo4j driver pool, by state (in_use, idle)",
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const use = poolSource?.();
    if (!use) return;
    this.set({ state: 'in_use' }, use.inUse);
    this.set({ state: 'idle' }, use.idle);
  },
});

// Operation names are the client's to choose: past this many, new ones are counted as "other".
const MAX_OPERATIONS = 200;
const operations = new Set<string>();

/** The label of an operation name: a GraphQL name, among the first MAX_OPERATIONS seen. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
}
