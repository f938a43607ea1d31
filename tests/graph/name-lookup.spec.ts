// Entities found by id, name or alias on a real Neo4j, and found through indexes: no plan of these
// lookups scans every node of a label.
import { findBody, findSlogan, migrate, Neo4jExecutor, resolveEntity, type CypherReader } from '@policy-graph/graph';
import { resolve } from 'node:path';
import { connectTestExecutor } from '../support/executor';

const SCHEMA_DIR = resolve(__dirname, '../../graph/schema');
const TAG = 'nameLookupSpec';

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (plan: Plan): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];

describe('lookup by name', () => {
  let executor: Neo4jExecutor;
  const queries: Array<{ query: string; params?: Record<string, unknown> }> = [];
  // records each query, so its plan can be asked for afterwards
  const recording: CypherReader = {
    read: (query, params) => {
      queries.push({ query, params });
      return executor.read(query, params);
    },
  };

  beforeAll(async () => {
    executor = connectTestExecutor();
    await migrate(executor, { dir: SCHEMA_DIR });
    await executor.write(
      `CREATE (:Slogan {id: 'nl-全域整治', name: 'nl-全域整治', aliases: ['nl-全域综合整治', 'nl-"引号"'], test: $tag})
       CREATE (:Project {id: 'nl-区|nl-星动巴士', name: 'nl-星动巴士', aliases: ['nl-星动公交'], test: $tag})
       CREATE (:Place {id: 'nl-place', name: 'nl-星桥街道', code: 'nl-330110', test: $tag})`,
      { tag: TAG },
    );
  });
  afterAll(async () => {
    await executor.write('MATCH (n {test: $tag}) DETACH DELETE n', { tag: TAG });
    await executor.close();
  });

  it('resolves slogans, projects and places by id, name, alias and code', async () => {
    expect((await resolveEntity(recording, 'nl-全域整治'))?.type).toBe('Slogan');
    expect((await resolveEntity(recording, 'nl-全域综合整治'))?.id).toBe('nl-全域整治');
    expect((await resolveEntity(recording, 'nl-"引号"'))?.id).toBe('nl-全域整治');
    expect((await resolveEntity(recording, 'nl-星动公交'))?.id).toBe('nl-区|nl-星动巴士');
    expect((await resolveEntity(recording, 'nl-星动巴士'))?.type).toBe('Project');
    expect((await resolveEntity(recording, 'nl-330110'))?.id).toBe('nl-place');
    expect(await resolveEntity(recording, 'nl-全域')).toBeNull();
    expect((await findSlogan(recording, 'nl-全域综合整治'))?.id).toBe('nl-全域整治');
    expect(await findSlogan(recording, 'nl-综合整治')).toBeNull();
    expect((await findBody(recording, { name: 'nl-星桥街道' }))?.id).toBe('nl-place');
    expect((await findBody(recording, { code: 'nl-330110' }))?.id).toBe('nl-place');
  });

  it('plans every lookup without a label or all-nodes scan', async () => {
    expect(queries.length).toBeGreaterThan(5);
    for (const { query, params } of queries) {
      const plan = await executor.executeRead(async (tx) => (await tx.run(`EXPLAIN ${query}`, params)).summary.plan);
      const ops = operators(plan as unknown as Plan).join(' ');
      expect({ query, ops }).toEqual({ query, ops: expect.not.stringMatching(/NodeByLabelScan|AllNodesScan/) });
    }
  });
});
