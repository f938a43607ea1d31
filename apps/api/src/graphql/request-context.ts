import type { CypherReader, Neo4jExecutor } from '@policy-graph/graph';
import { readerOf } from '../neo4j/reader';
import { BOOKMARK_HEADER, RequestSession } from '../neo4j/request-session';
import { RequestLoaders } from '../common/loaders';
import type { ReadTransactions } from '../console/console.runner';

export interface RequestStats {
  /** Neo4j transactions run for this request (answered as extensions.cypherQueries). */
  cypherQueries: number;
}

// What one GraphQL request reads and writes through: its session's views of the shared executor.
// Handed down explicitly rather than through AsyncLocalStorage, whose promise hooks slow every await.
export interface GqlContext {
  req?: { headers: Record<string, string | string[] | undefined>; ip?: string; socket?: { remoteAddress?: string } };
  stats: RequestStats;
  /** The request's one bookmark chain and transaction count: every write of the request runs through session.bind. */
  session: RequestSession;
  /** Read queries, driver errors already mapped for GraphQL. */
  db: CypherReader;
  /** The console's READ transactions. */
  transactions: ReadTransactions;
  /** Counts a transaction run outside the session's views. */
  countTransaction(): void;
  /** One set per request: every field family fetched in one query for all parents. */
  loaders: RequestLoaders;
}

export function requestContext(
  req: GqlContext['req'],
  executor: Neo4jExecutor,
  timeoutMs: number,
): GqlContext {
  const session = new RequestSession(req?.headers[BOOKMARK_HEADER]);
  const stats: RequestStats = {
    get cypherQueries() {
      return session.transactions;
    },
  };
  const transactions = session.bind(executor);
  const db = readerOf(transactions, timeoutMs);
  return { req, stats, session, db, transactions, countTransaction: session.countTransaction, loaders: new RequestLoaders(db) };
}
