import type { CypherReader, Neo4jExecutor } from '@policy-graph/graph';
import { readerOf } from '../neo4j/reader';
import { RequestLoaders } from '../common/loaders';
import type { ReadTransactions } from '../console/console.runner';

export interface RequestStats {
  /** Neo4j transactions run for this request (answered as extensions.cypherQueries). */
  cypherQueries: number;
}

// What one GraphQL request reads and writes through: its own counted views of the shared executor.
// Handed down explicitly rather than through AsyncLocalStorage, whose promise hooks slow every await.
export interface GqlContext {
  req?: { headers: Record<string, string | string[] | undefined>; ip?: string; socket?: { remoteAddress?: string } };
  stats: RequestStats;
  /** Read queries, driver errors already mapped for GraphQL. */
  db: CypherReader;
  /** The console's READ transactions. */
  transactions: ReadTransactions;
  /** Counts a transaction run elsewhere (an upload's writes). */
  countTransaction(): void;
  /** One set per request: every field family fetched in one query for all parents. */
  loaders: RequestLoaders;
}

export function requestContext(
  req: GqlContext['req'],
  executor: Neo4jExecutor,
  timeoutMs: number,
): GqlContext {
  const stats: RequestStats = { cypherQueries: 0 };
  const countTransaction = () => {
    stats.cypherQueries++;
  };
  const transactions = executor.observed(countTransaction);
  const db = readerOf(transactions, timeoutMs);
  return { req, stats, db, transactions, countTransaction, loaders: new RequestLoaders(db) };
}
