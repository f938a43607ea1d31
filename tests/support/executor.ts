import { Neo4jExecutor } from '@policy-graph/graph';
import { testNeo4j } from './neo4j-env';

/** An executor on the run's Neo4j; close it in afterAll. */
export function connectTestExecutor(): Neo4jExecutor {
  const { uri, username, password } = testNeo4j();
  return Neo4jExecutor.connect({ uri, username, password, appName: 'policy-graph-e2e' });
}
