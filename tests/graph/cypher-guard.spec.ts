// The read-only Cypher console against a real Neo4j: the parser guard, the EXPLAIN check and
// the read transaction together leave the graph unchanged, whatever analysts send.
import {
  checkReadOnlyCypher,
  explainQueryType,
  graphChecksum,
  HOSTILE_QUERIES,
  LEGITIMATE_QUERIES,
  Neo4jExecutor,
  type CypherGuardVerdict,
} from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';

const PARAMS = { name: '全域美丽', names: ['全域美丽', '三个全域'], slogan: '全域美丽', from: '星动巴士', to: '全域创新' };
const PROBE_LABEL = 'CypherGuardProbe';

let executor: Neo4jExecutor;
let seededProbe = false;

/** What the console does with an analyst's query: guard, plan check, then a read transaction. */
async function submit(query: string): Promise<CypherGuardVerdict> {
  const verdict = checkReadOnlyCypher(query);
  if (!verdict.ok) return verdict;
  return executor.executeRead(
    async (tx) => {
      const planned = await explainQueryType(tx, query, PARAMS);
      if (planned.ok) await tx.run(query, PARAMS);
      return planned;
    },
    { timeoutMs: 10_000 },
  );
}

beforeAll(async () => {
  executor = connectTestExecutor();
  const [{ nodes }] = await executor.read<{ nodes: number }>('MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes');
  if (nodes === 0) {
    // An empty graph would make "unchanged" trivially true: give the hostile queries something to hit.
    seededProbe = true;
    await executor.write(
      `UNWIND $names AS name CREATE (s:${PROBE_LABEL} {name: name})
       WITH collect(s) AS slogans UNWIND slogans[1..] AS part
       WITH slogans[0] AS whole, part CREATE (whole)-[:HAS_PART]->(part)`,
      { names: ['三个全域', '全域创新', '全域美丽', '全域治理'] },
    );
  }
}, 60_000);

afterAll(async () => {
  if (seededProbe) await executor.write(`MATCH (n:${PROBE_LABEL}) DETACH DELETE n`);
  await executor.close();
});

describe('read-only Cypher console on a real Neo4j', () => {
  it('rejects every hostile query with its reason and leaves the graph checksum unchanged', async () => {
    const before = await graphChecksum(executor);
    expect(before.nodes).toBeGreaterThan(0);
    for (const [query, code] of HOSTILE_QUERIES) {
      const verdict = await submit(query).catch((error: Error) => ({ ok: false as const, code: 'THREW', message: error.message }));
      expect({ query, code: verdict.ok ? 'ACCEPTED' : verdict.code }).toEqual({ query, code });
    }
    expect(await graphChecksum(executor)).toEqual(before);
  }, 120_000);

  it('runs every legitimate analyst query, each classified read-only by the server', async () => {
    for (const query of LEGITIMATE_QUERIES) {
      expect({ query, verdict: await submit(query) }).toEqual({ query, verdict: { ok: true } });
    }
  }, 120_000);

  it('EXPLAIN classifies the write queries as not read-only, as a second line of defence', async () => {
    const writes = HOSTILE_QUERIES.filter(([, code]) => code === 'WRITE_CLAUSE').map(([query]) => query);
    for (const query of writes.filter((q) => /^[\x20-\x7e\n]*$/.test(q))) {
      const verdict = await executor.executeRead((tx) => explainQueryType(tx, query));
      expect({ query, code: verdict.ok ? 'ACCEPTED' : verdict.code }).toEqual({ query, code: 'NOT_READ_ONLY' });
    }
  }, 60_000);

  it('EXPLAIN alone calls LOAD CSV, SHOW and TERMINATE read-only, which is why the parser guard runs first', async () => {
    for (const query of ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'SHOW PROCEDURES YIELD name RETURN name', "TERMINATE TRANSACTION 'neo4j-transaction-1'"]) {
      expect(await executor.executeRead((tx) => explainQueryType(tx, query))).toEqual({ ok: true });
      expect(checkReadOnlyCypher(query).ok).toBe(false);
    }
  });

  it('the server expands \\u escapes before lexing, which is why the guard refuses them', async () => {
    const [row] = await executor.read<{ x: string }>("RETURN 'a\\u0027 AS x");
    expect(row.x).toBe('a');
    expect(checkReadOnlyCypher("RETURN 'a\\u0027 AS x")).toMatchObject({ ok: false, code: 'UNICODE_ESCAPE' });
  });

  it('reads line breaks inside comments as the server does, so nothing hides after a //', async () => {
    const separators = ['\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u0000'];
    for (const separator of separators) {
      const query = `WITH 1 AS x // note${separator}LOAD CSV FROM 'file:///nowhere.csv' AS line\nRETURN x`;
      const { summary } = await executor.executeRead((tx) => tx.run(`EXPLAIN ${query}`));
      const serverLoadsCsv = JSON.stringify(summary.plan).includes('"LoadCSV');
      const guardCode = (checkReadOnlyCypher(query) as { code?: string }).code;
      expect({ separator, serverLoadsCsv, guardCode }).toEqual({ separator, serverLoadsCsv, guardCode: serverLoadsCsv ? 'LOAD_CSV' : undefined });
    }
  });

  it('rejects a cartesian product of unrelated patterns from its plan before it runs', async () => {
    // count(*) alone would be answered from the count store; returning properties forces the product.
    const query = 'MATCH (a), (b), (c), (d), (e), (f), (g) RETURN a.name, g.name';
    expect(checkReadOnlyCypher(query)).toEqual({ ok: true });
    const verdict = await submit(query);
    expect(verdict).toMatchObject({ ok: false, code: 'COSTLY_PLAN' });
    expect(!verdict.ok && verdict.message).toContain('CartesianProduct');
  });
});
