// One process of the bench's direct path: runs a workload's Cypher straight through the driver for the
// clients it is given, when told to, and sends back the latencies. The bench starts as many of these
// as the API has workers, so both paths have the same number of Node event loops.
import { loadConfig } from '@policy-graph/config';
import { Neo4jExecutor } from '@policy-graph/graph';
import { readerOf } from '../neo4j/reader';
import { emptySamples, sample } from './load';
import { WORKLOADS } from './workloads';

export interface DirectRun {
  workload: string;
  keys: string[];
  seconds: number;
  clients: number;
  /** Request numbers start here, so workers spread over the keys as the GraphQL clients do. */
  offset: number;
  stride: number;
}

const config = loadConfig(process.env);
const executor = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-bench' });
const db = readerOf(executor, config.cypher.timeoutMs);

process.on('message', (run: DirectRun | 'stop') => {
  if (run === 'stop') {
    void executor.close().then(() => process.disconnect());
    return;
  }
  const workload = WORKLOADS.find((w) => w.name === run.workload);
  if (!workload) throw new Error(`no workload ${run.workload}`);
  const into = emptySamples();
  const request = (n: number) => workload.direct(db, run.keys[(run.offset + n * run.stride) % run.keys.length]).then(() => undefined);
  void sample(run.seconds, run.clients, request, into).then((seconds) => process.send?.({ ...into, seconds }));
});
process.send?.('ready');
