import { migrate, Neo4jExecutor } from '@policy-graph/graph';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';

const SCHEMA_DIR = resolve(__dirname, '../../graph/schema');

describe('migrate graph/schema', () => {
  let executor: Neo4jExecutor;
  beforeAll(() => (executor = connectTestExecutor()));
  afterAll(() => executor.close());

  const schemaSnapshot = async () => ({
    constraints: await executor.read('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name'),
    indexes: await executor.read('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name'),
  });

  it('is idempotent: a second and third run apply nothing and change nothing', async () => {
    await migrate(executor, { dir: SCHEMA_DIR });
    const before = await schemaSnapshot();
    const again = await migrate(executor, { dir: SCHEMA_DIR });
    const third = await migrate(executor, { dir: SCHEMA_DIR });
    expect(again.applied).toEqual([]);
    expect(third.applied).toEqual([]);
    expect(again.unchanged).toEqual(expect.arrayContaining(['V0001__constraints.cypher', 'V0002__indexes.cypher']));
    expect(await schemaSnapshot()).toEqual(before);
  });

  it('runs as bin/kg migrate from any folder, applying nothing on a migrated database', () => {
    const result = runKg(['migrate']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^unchanged V0001__constraints\.cypher$/m);
    expect(result.stdout).toMatch(/^unchanged V0002__indexes\.cypher$/m);
    expect(result.stdout).not.toMatch(/^applied/m);
    expect(result.stderr).toContain('(0 applied)');
  });

  it('records each version once with its checksum', async () => {
    const rows = await executor.read<{ version: string; n: number }>(
      'MATCH (m:SchemaMigration) RETURN m.version AS version, count(*) AS n ORDER BY version',
    );
    expect(rows.slice(0, 2)).toEqual([
      { version: 'V0001', n: 1 },
      { version: 'V0002', n: 1 },
    ]);
  });

  it('creates a unique id constraint for every node label of the model', async () => {
    const rows = await executor.read<{ label: string }>(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] " +
        'RETURN labelsOrTypes[0] AS label',
    );
    const labels = rows.map((row) => row.label);
    for (const label of ['Document', 'Place', 'Province', 'City', 'District', 'Street', 'Slogan', 'Project', 'Outcome', 'SchemaMigration']) {
      expect(labels).toContain(label);
    }
  });

  it('creates the nameSearch full-text index with the cjk analyzer', async () => {
    const [index] = await executor.read<{ labels: string[]; properties: string[]; analyzer: string; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state WHERE name = 'nameSearch' " +
        "RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, state",
    );
    expect(index).toMatchObject({ analyzer: 'cjk', state: 'ONLINE' });
    expect(index.labels).toEqual(expect.arrayContaining(['Slogan', 'Project', 'Place', 'Street']));
    expect(index.properties).toEqual(['name', 'aliases', 'pinyin', 'initials']);
  });

  it('lets nameSearch find a Chinese name by a part of it, an alias and its initials', async () => {
    const id = 'e2e-migrate-全域美丽';
    await executor.write(
      "CREATE (:Slogan {id: $id, name: '全域美丽', aliases: ['全域美麗'], pinyin: 'quanyumeili', initials: 'qyml'})",
      { id },
    );
    try {
      const search = (text: string) =>
        executor.read<{ id: string }>(
          'CALL db.index.fulltext.queryNodes("nameSearch", $text) YIELD node RETURN node.id AS id',
          { text },
        );
      expect(await search('美丽')).toContainEqual({ id });
      expect(await search('美麗')).toContainEqual({ id });
      expect(await search('qyml')).toContainEqual({ id });
    } finally {
      await executor.write('MATCH (n:Slogan {id: $id}) DELETE n', { id });
    }
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-graph-schema-'));
    try {
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'V0001__constraints.cypher'), '// edited\nRETURN 1;\n');
      await expect(migrate(executor, { dir })).rejects.toMatchObject({
        code: 'MIGRATION_CHECKSUM_MISMATCH',
        message: expect.stringContaining('V0001__constraints.cypher'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and statement of a migration that fails, and records nothing for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-graph-schema-'));
    try {
      writeFileSync(join(dir, 'V9001__broken.cypher'), 'RETURN 1;\nCREATE CONSTRAINT broken FOR (n:X) REQUIRE n.x IS MAGICAL;\n');
      await expect(migrate(executor, { dir })).rejects.toMatchObject({
        code: 'MIGRATION_FAILED',
        message: expect.stringContaining('V9001__broken.cypher, statement 2'),
      });
      expect(await executor.read("MATCH (m:SchemaMigration {version: 'V9001'}) RETURN m")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
