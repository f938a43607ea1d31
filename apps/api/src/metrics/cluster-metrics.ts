import { CLUSTER_METRICS } from '@policy-graph/config';
import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { metricsRegistry } from './metrics';

// Past this the scrape is answered with this worker's metrics alone rather than not at all.
const ANSWER_MS = 5_000;

interface Answer {
  type: string;
  id: number;
  text?: string;
  error?: string;
}

const waiting = new Map<number, (answer: Answer) => void>();
let nextId = 0;
let joined = false;

/**
 * In a `kg serve` worker: answers the primary's requests for this worker's metrics (prom-client's
 * cluster protocol) and receives the sums it gathers. Outside a cluster it does nothing.
 */
export function joinClusterMetrics(): void {
  if (!cluster.isWorker || joined) return;
  joined = true;
  AggregatorRegistry.setRegistries([metricsRegistry]);
  // constructing one makes prom-client answer the primary's requests in this worker
  new AggregatorRegistry();
  process.on('message', (message: Answer) => {
    if (message?.type !== CLUSTER_METRICS.answer) return;
    waiting.get(message.id)?.(message);
  });
}

/** The metrics of every worker, summed by the primary; this worker's own when it is alone or the primary does not answer. */
export async function metricsOfAllWorkers(): Promise<string> {
  if (!joined || !process.send) return metricsRegistry.metrics();
  const id = nextId++;
  const answer = await new Promise<Answer | null>((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(null);
    }, ANSWER_MS);
    waiting.set(id, (message) => {
      clearTimeout(timer);
      waiting.delete(id);
      resolve(message);
    });
    process.send?.({ type: CLUSTER_METRICS.ask, id });
  });
  return answer?.text ?? metricsRegistry.metrics();
}
