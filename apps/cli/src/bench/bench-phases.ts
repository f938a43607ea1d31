import { BASELINE_BATCH_ROWS, baselineRows, Neo4jExecutor, writeBaselineBatch } from '@policy-graph/graph';
import { readRowsFile } from './rows-file';

export async function graphIsEmpty(executor: Neo4jExecutor): Promise<boolean> {
  const rows = await executor.read<{ n: number }>('MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n LIMIT 1');
  return rows[0].n === 0;
}

// Deletes everything but the schema bookkeeping, in bounded transactions: relationships first, so
// that no transaction holds a much-mentioned node's thousands of links (DETACH DELETE of 20,000
// nodes of an ingested corpus went past the per-transaction memory limit of a 1 GB heap).
export async function wipeGraph(executor: Neo4jExecutor): Promise<void> {
  await deleteInBatches(executor, 'MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n');
  await deleteInBatches(executor, 'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
}

async function deleteInBatches(executor: Neo4jExecutor, cypher: string): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ n: number }>(cypher);
    if (row.n === 0) return;
  }
}

export interface BaselineFigures {
  documents: number;
  rows: number;
  seconds: number;
}

// The same rows with bare UNWIND … CREATE (one node each, BASELINE_BATCH_ROWS a transaction), no extraction.
export async function runBaseline(executor: Neo4jExecutor, rowsFile: string): Promise<BaselineFigures> {
  let documents = 0;
  let rows = 0;
  let writing = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const started = Date.now();
    await writeBaselineBatch(executor, batch);
    writing += Date.now() - started;
    batch = [];
  };
  // planned once before the clock runs, as ingestion's statements are by its first documents
  await writeBaselineBatch(executor, [{ warmUp: true }]);
  for await (const doc of readRowsFile(rowsFile)) {
    const docRows = baselineRows(doc);
    documents += 1;
    rows += docRows.length;
    batch.push(...docRows);
    if (batch.length >= BASELINE_BATCH_ROWS) await flush();
  }
  await flush();
  // only the writes count: reading the rows back from disk is not the database's work
  return { documents, rows, seconds: writing / 1000 };
}
