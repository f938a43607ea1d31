import { Neo4jExecutor, type Neo4jConnectionOptions } from '@policy-graph/graph';

/**
 * A command's executor, checked once before any work: a Neo4j that is not running, or refuses the
 * password, is reported at once instead of after the driver's 30 s of retries. A Neo4j that drops out
 * later, mid-ingest say, is still retried.
 */
export async function connectGraph(neo4j: Neo4jConnectionOptions): Promise<Neo4jExecutor> {
  const executor = Neo4jExecutor.connect({ ...neo4j, appName: 'policy-graph' });
  try {
    await executor.verifyConnectivity();
  } catch (error) {
    await executor.close();
    throw error;
  }
  return executor;
}
