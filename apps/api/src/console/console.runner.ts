import { isInt, type ManagedTransaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { GraphError, pagedQuery, pageParams } from '@policy-graph/graph';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
  /** Largest answer, counted as the JSON of the rows. */
  byteLimit: number;
  /** Rows pulled at a time (FETCH_SIZE when absent). */
  fetchSize?: number;
}

/** The rows from `offset` (0 the first), at most `first` of them, of a query whose columns are known. */
export interface TablePage {
  offset: number;
  first: number;
  /** the query's columns in order (a saved query's @column lines) */
  columns: string[];
}

export interface RawTable {
  columns: string[];
  /** The driver's values (nodes, paths), for the graph view. */
  rows: unknown[][];
  /** The same rows as JSON-ready cells. */
  cells: unknown[][];
  /** What cut the result: the row limit, the byte limit, or nothing. */
  truncatedBy: 'rows' | 'bytes' | null;
  /** A page's first row in the whole result (0 when not paged). */
  offset: number;
  /** Rows of the whole result, for a page; null otherwise. */
  totalCount: number | null;
}

type CallOptions = { timeoutMs?: number; metadata?: Record<string, unknown>; fetchSize?: number };

// Rows are pulled a few at a time: Neo4j holds a whole batch while it sends it, and the byte limit
// can only stop between batches.
const FETCH_SIZE = 50;
/**
 * The saved queries' batches: their rows are the project's own columns, not whatever an analyst
 * returns, and 5,000 of them pulled 50 at a time waited on a hundred round trips (on the whole corpus,
 * outcomes/match-achieved-targets for 杭州市 took about 50 ms of its 270 ms more than in batches of 1,000).
 */
export const SAVED_QUERY_FETCH_SIZE = 1_000;

// What the console needs from the executor: a managed READ transaction (READ session + executeRead).
export interface ReadTransactions {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: CallOptions): Promise<T>;
}

// Neo4j checks a transaction's timeout between rows; inside one expression it may run on. After this
// much more the API ends the transaction itself and answers.
const TERMINATE_AFTER_MS = 1_000;

const TERMINATE = `SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.consoleId = $consoleId
TERMINATE TRANSACTIONS id YIELD message
RETURN count(*) AS terminated`;

/** Ends the console transaction tagged `consoleId`, if it still runs; never throws. */
export function terminateConsoleTransaction(db: ReadTransactions, consoleId: string): Promise<void> {
  return db
    .executeRead((tx) => tx.run(TERMINATE, { consoleId }), { timeoutMs: 5_000, metadata: { purpose: 'console-terminate' } })
    .then(
      () => undefined,
      () => undefined,
    );
}

// Streams the result and stops at the row or byte limit, so a huge result is never held whole.
/** Rows and their cells while the JSON of the cells stays within `byteLimit`; `add` says whether the row fitted. */
function boundedRows(byteLimit: number, toCells: (row: unknown[]) => unknown[]) {
  const rows: unknown[][] = [];
  const cells: unknown[][] = [];
  let bytes = 2;
  return {
    rows,
    cells,
    add(row: unknown[]): boolean {
      const converted = toCells(row);
      bytes += JSON.stringify(converted).length + 1;
      if (bytes > byteLimit) return false;
      rows.push(row);
      cells.push(converted);
      return true;
    },
  };
}

function readTable(tx: ManagedTransaction, query: string, params: Record<string, unknown>, limits: ConsoleLimits, toCells: (row: unknown[]) => unknown[]) {
  return async (): Promise<RawTable> => {
    const result = tx.run(query, params);
    const table = boundedRows(limits.byteLimit, toCells);
    let truncatedBy: RawTable['truncatedBy'] = null;
    for await (const record of result) {
      if (table.rows.length === limits.rowLimit) {
        truncatedBy = 'rows';
        break;
      }
      if (!table.add(record.keys.map((k) => record.get(k)))) {
        truncatedBy = 'bytes';
        break;
      }
    }
    const columns = (await result.keys()) as string[];
    return { columns, rows: table.rows, cells: table.cells, truncatedBy, offset: 0, totalCount: null };
  };
}

// One page and the count of all rows, in one answer; the byte limit cuts the page.
function readPage(tx: ManagedTransaction, query: string, params: Record<string, unknown>, limits: ConsoleLimits, toCells: (row: unknown[]) => unknown[], page: TablePage) {
  return async (): Promise<RawTable> => {
    const result = await tx.run(pagedQuery(query, page.columns), { ...params, ...pageParams(page.offset, page.first) });
    const [record] = result.records;
    const total = record.get('totalCount') as unknown;
    const table = boundedRows(limits.byteLimit, toCells);
    const truncatedBy: RawTable['truncatedBy'] = (record.get('page') as unknown[][]).every((row) => table.add(row)) ? null : 'bytes';
    return { columns: page.columns, rows: table.rows, cells: table.cells, truncatedBy, offset: page.offset, totalCount: isInt(total) ? total.toNumber() : (total as number) };
  };
}

/**
 * The analyst's query in a READ transaction with the server's timeout, and the API's own deadline
 * just after it: past that the transaction is terminated and the caller gets TIMEOUT at once. Given
 * a page, only its rows are read, with the count of all.
 */
export function runReadOnly(
  db: ReadTransactions,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  toCells: (row: unknown[]) => unknown[] = (row) => row,
  page?: TablePage,
): Promise<RawTable> {
  const consoleId = randomUUID();
  const read = (tx: ManagedTransaction) => (page ? readPage(tx, query, params, limits, toCells, page) : readTable(tx, query, params, limits, toCells))();
  const work = db.executeRead(read, {
    timeoutMs: limits.timeoutMs,
    metadata: { purpose: 'console', consoleId },
    fetchSize: limits.fetchSize ?? FETCH_SIZE,
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      void terminateConsoleTransaction(db, consoleId);
      fail(new GraphError('TIMEOUT', `the query ran past ${limits.timeoutMs} ms and was terminated`));
    }, limits.timeoutMs + TERMINATE_AFTER_MS);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
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
