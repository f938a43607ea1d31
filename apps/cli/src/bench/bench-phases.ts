import { Neo4jExecutor, TxWork, rowCount, writeBaseline } from '@policy-graph/graph';
import { readRowsFile } from './rows-file';

export async function graphIsEmpty(executor: Neo4jExecutor): Promise<boolean> {
  const rows = await executor.read<{ n: number }>('MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n LIMIT 1');
  return rows[0].n === 0;
}

// Deletes everything but the schema bookkeeping, in bounded transactions.
export async function wipeGraph(executor: Neo4jExecutor): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ n: number }>(
      'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n',
    );
    if (row.n === 0) return;
  }
}

export interface BaselineFigures {
  documents: number;
  rows: number;
  seconds: number;
}

// The same rows with bare UNWIND … MERGE, one transaction per document, no extraction.
export async function runBaseline(executor: Neo4jExecutor, rowsFile: string): Promise<BaselineFigures> {
  const runner = { executeWrite: <T>(work: TxWork<T>) => executor.executeWrite(work, { metadata: { job: 'bench-baseline' } }) };
  let documents = 0;
  let rows = 0;
  let writing = 0;
  for await (const doc of readRowsFile(rowsFile)) {
    const started = Date.now();
    await writeBaseline(runner, doc);
    writing += Date.now() - started;
    documents += 1;
    rows += rowCount(doc);
  }
  // only the writes count: reading the rows back from disk is not the database's work
  return { documents, rows, seconds: writing / 1000 };
}
