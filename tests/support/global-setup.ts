// Chooses one real Neo4j for the whole run: NEO4J_URI if set; else a testcontainers Neo4j when a
// Docker engine answers; else the local launcher on a temporary folder and a free port.
// Then applies graph/schema and hands the connection to the tests through the environment.
import './register-paths';
import { findFreePort, migrate, Neo4jExecutor, startLocalNeo4j, stopLocalNeo4j } from '@policy-graph/graph';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dockerAnswers } from './docker';
import { QUICK_START, type TestNeo4j } from './neo4j-env';

const REPO_ROOT = resolve(__dirname, '../..');
const PASSWORD = 'policy-graph-e2e';
const IMAGE = 'neo4j:5.26.30-community';

export default async function globalSetup(): Promise<void> {
  const neo4j = await chooseNeo4j();
  Object.assign(process.env, {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    E2E_NEO4J_SOURCE: neo4j.source,
    ...(neo4j.home ? { E2E_NEO4J_HOME: neo4j.home } : {}),
  });
  const executor = Neo4jExecutor.connect(neo4j);
  try {
    await migrate(executor, { dir: join(REPO_ROOT, 'graph', 'schema') });
  } finally {
    await executor.close();
  }
  process.stderr.write(`\ne2e: Neo4j from ${neo4j.source} at ${neo4j.uri}\n`);
}

async function chooseNeo4j(): Promise<TestNeo4j> {
  const env = process.env;
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'policy-graph',
      source: 'env',
    };
  }
  if (await dockerAnswers(env)) return startContainer();
  return startLauncher();
}

async function startContainer(): Promise<TestNeo4j> {
  // Imported here so that a machine without Docker never loads testcontainers.
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(IMAGE).withPassword(PASSWORD).start();
  (globalThis as { e2eStop?: () => Promise<unknown> }).e2eStop = () => container.stop();
  return { uri: routingUri(container.getBoltUri()), username: 'neo4j', password: PASSWORD, source: 'testcontainers' };
}

async function startLauncher(): Promise<TestNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'policy-graph-e2e-'));
  const port = await findFreePort();
  const options = { home, port, password: PASSWORD, heap: '1g', pagecache: '256m', watchPid: process.pid, jvmOptions: QUICK_START };
  const started = await startLocalNeo4j(options);
  process.stderr.write(`\ne2e: local Neo4j started in ${(started.startMs / 1000).toFixed(1)} s\n`);
  (globalThis as { e2eStop?: () => Promise<unknown> }).e2eStop = () => stopLocalNeo4j({ home });
  return { uri: routingUri(started.uri), username: 'neo4j', password: PASSWORD, source: 'launcher', home };
}

// The tests talk to Neo4j as the service does by default: over neo4j://, the scheme that routes in a cluster
function routingUri(uri: string): string {
  return uri.replace(/^bolt:/, 'neo4j:');
}

