import { GraphError } from '../errors/graph-error';
import { Neo4jExecutor } from '../executor/neo4j-executor';
import { Migration, readMigrations } from './migration-files';

export interface MigrateOptions {
  /** Folder holding V0001__name.cypher, V0002__name.cypher, ... */
  dir: string;
  /** Seconds to wait for new indexes to come online. */
  awaitIndexesSeconds?: number;
}

export interface MigrateResult {
  applied: string[];
  unchanged: string[];
}

interface AppliedRow {
  version: string;
  checksum: string;
}

/**
 * Applies the migrations not yet recorded as (:SchemaMigration) nodes, in version order.
 * A recorded migration whose file changed is refused: add a new version instead.
 * Schema statements cannot share a transaction with writes, so each runs in its own.
 */
export async function migrate(executor: Neo4jExecutor, options: MigrateOptions): Promise<MigrateResult> {
  const migrations = readMigrations(options.dir);
  const applied = await readApplied(executor);
  const result: MigrateResult = { applied: [], unchanged: [] };
  for (const migration of migrations) {
    const recorded = applied.get(migration.version);
    if (recorded === migration.checksum) {
      result.unchanged.push(migration.file);
      continue;
    }
    if (recorded !== undefined) throw checksumMismatch(migration, recorded);
    await applyMigration(executor, migration);
    result.applied.push(migration.file);
  }
  if (result.applied.length > 0) {
    await executor.write('CALL db.awaitIndexes($seconds)', { seconds: options.awaitIndexesSeconds ?? 120 });
  }
  return result;
}

async function readApplied(executor: Neo4jExecutor): Promise<Map<string, string>> {
  const rows = await executor.read<AppliedRow>(
    'MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum',
  );
  return new Map(rows.map((row) => [row.version, row.checksum]));
}

async function applyMigration(executor: Neo4jExecutor, migration: Migration): Promise<void> {
  for (const [index, statement] of migration.statements.entries()) {
    try {
      await executor.write(statement, {}, { metadata: { migration: migration.version } });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GraphError(
        'MIGRATION_FAILED',
        `${migration.file}, statement ${index + 1}: ${reason}`,
        { cause: error },
      );
    }
  }
  await executor.write(
    `MERGE (m:SchemaMigration {id: $version})
     SET m.version = $version, m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
    { version: migration.version, name: migration.name, checksum: migration.checksum },
  );
}

function checksumMismatch(migration: Migration, recorded: string): GraphError {
  return new GraphError(
    'MIGRATION_CHECKSUM_MISMATCH',
    `${migration.file} changed after it was applied (recorded checksum ${recorded.slice(0, 12)}, ` +
      `file ${migration.checksum.slice(0, 12)}); put the change in a new V#### file instead`,
  );
}
