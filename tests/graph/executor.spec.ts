import { findFreePort, GraphError, Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { testNeo4j } from '../support/neo4j-env';

describe('Neo4jExecutor against a real Neo4j', () => {
  let executor: Neo4jExecutor;
  beforeAll(() => (executor = connectTestExecutor()));
  afterAll(() => executor.close());

  it('returns plain rows with integers as numbers', async () => {
    const rows = await executor.read('UNWIND [1, 2] AS n RETURN n, $name AS name', { name: '萧滨一体化' });
    expect(rows).toEqual([
      { n: 1, name: '萧滨一体化' },
      { n: 2, name: '萧滨一体化' },
    ]);
  });

  it('tags transactions with the app name and the caller metadata', async () => {
    const [row] = await executor.read<{ metaData: Record<string, unknown> }>(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $tag RETURN metaData',
      { tag: 'tx-metadata-test' },
      { metadata: { query: 'tx-metadata-test' } },
    );
    expect(row.metaData).toEqual({ app: 'policy-graph-e2e', query: 'tx-metadata-test' });
  });

  it('commits executeWrite work and rolls it back whole when the callback throws', async () => {
    const id = 'e2e-executor-rollback';
    await expect(
      executor.executeWrite(async (tx) => {
        await tx.run('CREATE (:Slogan {id: $id, name: $id})', { id });
        throw new Error('stop half-way');
      }),
    ).rejects.toThrow('stop half-way');
    expect(await executor.read('MATCH (n:Slogan {id: $id}) RETURN n', { id })).toEqual([]);
  });

  it.each([
    ['a syntax error', 'RETURN RETURN', 'SYNTAX_ERROR'],
    ['a write in a read transaction', "CREATE (:Slogan {id: 'e2e-read-only'})", 'FORBIDDEN'],
    ['a missing parameter', 'RETURN $missing', 'INVALID_QUERY'],
  ])('maps %s to a GraphError', async (_case, cypher, code) => {
    await expect(executor.read(cypher)).rejects.toMatchObject({ name: 'GraphError', code });
  });

  it('maps a duplicate id to CONSTRAINT_VIOLATION', async () => {
    const id = 'e2e-executor-duplicate';
    try {
      await executor.write('CREATE (:Slogan {id: $id})', { id });
      await expect(executor.write('CREATE (:Slogan {id: $id})', { id })).rejects.toMatchObject({
        code: 'CONSTRAINT_VIOLATION',
      });
    } finally {
      await executor.write('MATCH (n:Slogan {id: $id}) DELETE n', { id });
    }
  });

  it('stops a query that outruns its timeout with TIMEOUT', async () => {
    const slow = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)';
    await expect(executor.read(slow, {}, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('reports wrong credentials as AUTH_FAILED', async () => {
    const { uri, username } = testNeo4j();
    const wrong = Neo4jExecutor.connect({ uri, username, password: 'not-the-password' });
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    } finally {
      await wrong.close();
    }
  });

  it('reports a port where nothing listens as NEO4J_UNAVAILABLE', async () => {
    const port = await findFreePort();
    const nowhere = Neo4jExecutor.connect({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'x'.repeat(8) });
    try {
      const error = await nowhere.read('RETURN 1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ code: 'NEO4J_UNAVAILABLE', message: expect.stringContaining('NEO4J_URI') });
    } finally {
      await nowhere.close();
    }
  });
});
