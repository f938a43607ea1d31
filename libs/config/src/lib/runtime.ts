// V8 flags of every `kg serve` worker. Semi-spaces of 64 MB (V8's default is 16): an answer is built from
// many short-lived objects, and with 20 requests in flight semi-spaces of 32 MB were scavenged while
// most of what they held was still in use, to be copied and promoted: on the whole corpus, 20 clients,
// the workers' CPU (all threads) per slogan request went from 19-24 ms to 15.5 ms (the driver path's
// from 9-12 to 9 ms). The young generation, up to three semi-spaces (192 MB), comes beside the old
// space of API_WORKER_HEAP_MB.
// The API bench runs its driver-path processes with the same flags, so both sides have the same runtime.
export const API_WORKER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

// How a `kg serve` worker asks the primary for the metrics of every worker, and how it is answered
// (a scrape of /metrics reaches one worker; the primary gathers them all with prom-client's aggregator).
export const CLUSTER_METRICS = { ask: 'policy-graph:cluster-metrics?', answer: 'policy-graph:cluster-metrics' } as const;
