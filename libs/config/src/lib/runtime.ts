// V8 flags of every `kg serve` worker. A young generation of 32 MB (V8's default is 16): an answer is
// built from many short-lived objects, and fewer scavenges shorten the pauses other requests wait behind.
// The API bench runs its driver-path processes with the same flags, so both sides have the same runtime.
export const API_WORKER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

// How a `kg serve` worker asks the primary for the metrics of every worker, and how it is answered
// (a scrape of /metrics reaches one worker; the primary gathers them all with prom-client's aggregator).
export const CLUSTER_METRICS = { ask: 'policy-graph:cluster-metrics?', answer: 'policy-graph:cluster-metrics' } as const;
