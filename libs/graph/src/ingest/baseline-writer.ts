import { BASELINE_STATEMENTS } from './baseline.cypher';
import { toCypherValues } from './cypher-values';
import type { DocumentRows } from './document-rows';
import type { WriteTransactionRunner } from './document-writer';

// Writes one document's rows the bare way, in one transaction (the bench's baseline).
export function writeBaseline(runner: WriteTransactionRunner, rows: DocumentRows): Promise<void> {
  const params = toCypherValues({ ...rows, docId: rows.doc.id }) as Record<string, unknown>;
  return runner.executeWrite(async (tx) => {
    for (const statement of BASELINE_STATEMENTS) await tx.run(statement, params);
  });
}
