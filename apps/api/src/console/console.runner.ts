import type { ManagedTransaction } from 'neo4j-driver';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
}

export interface RawTable {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

// What the console needs from the executor: a managed READ transaction (READ session + executeRead).
export interface ReadTransactions {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number; metadata?: Record<string, unknown> }): Promise<T>;
}

// Streams the result and stops after rowLimit rows, so a huge result is never buffered.
export function runReadOnly(db: ReadTransactions, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<RawTable> {
  return db.executeRead(
    async (tx) => {
      const result = tx.run(query, params);
      const rows: unknown[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === limits.rowLimit) {
          truncated = true;
          break;
        }
        rows.push(record.keys.map((k) => record.get(k)));
      }
      const columns = (await result.keys()) as string[];
      return { columns, rows, truncated };
    },
    { timeoutMs: limits.timeoutMs, metadata: { purpose: 'console' } },
  );
}

// EXPLAIN in a read transaction, for the guard's server-side check.
export function explainRunner(db: ReadTransactions, timeoutMs: number) {
  return {
    run: (query: string, parameters: Record<string, unknown> = {}) =>
      db.executeRead(
        async (tx) => {
          const result = await tx.run(query, parameters);
          return { summary: { queryType: result.summary.queryType, plan: result.summary.plan } };
        },
        { timeoutMs, metadata: { purpose: 'console-explain' } },
      ),
  };
}
