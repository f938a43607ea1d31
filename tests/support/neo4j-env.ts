// How the tests reach the Neo4j chosen by global-setup.ts (it writes these variables).

/** JVM flags for launcher instances of a test run: C1 only halves the CPU of a start on two cores. */
export const QUICK_START = ['-XX:TieredStopAtLevel=1'];
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  /** env: NEO4J_URI was given; testcontainers: a container; launcher: the local launcher. */
  source: 'env' | 'testcontainers' | 'launcher';
  /** The launcher's home folder when source is launcher. */
  home?: string;
}

export function testNeo4j(): TestNeo4j {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, E2E_NEO4J_SOURCE, E2E_NEO4J_HOME } = process.env;
  if (!NEO4J_URI || !E2E_NEO4J_SOURCE) throw new Error('tests/support/global-setup.ts did not run');
  return {
    uri: NEO4J_URI,
    username: NEO4J_USERNAME ?? 'neo4j',
    password: NEO4J_PASSWORD ?? 'policy-graph',
    source: E2E_NEO4J_SOURCE as TestNeo4j['source'],
    home: E2E_NEO4J_HOME,
  };
}
