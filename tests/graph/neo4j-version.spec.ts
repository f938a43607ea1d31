import { Neo4jExecutor } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';

describe('the Neo4j the tests run against', () => {
  let executor: Neo4jExecutor;
  beforeAll(() => (executor = connectTestExecutor()));
  afterAll(() => executor.close());

  it('is Neo4j 5.26 community', async () => {
    const rows = await executor.read<{ name: string; versions: string[]; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    expect(rows).toEqual([{ name: 'Neo4j Kernel', versions: [expect.stringMatching(/^5\.26\.\d+$/)], edition: 'community' }]);
  });
});
