import neo4j, { BookmarkManager, Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { GraphError } from '../errors/graph-error';
import { toGraphError } from '../errors/map-neo4j-error';
import { poolUseOf, type PoolUse } from './pool-use';

export interface Neo4jConnectionOptions {
  uri: string;
  username: string;
  password: string;
  /** Database name; the server's default database when omitted. */
  database?: string;
  /** Transaction timeout applied when a call does not give its own. */
  defaultTimeoutMs?: number;
  /** Tagged on every transaction as metadata.app. */
  appName?: string;
  /** How long a managed transaction is retried on transient errors (driver default 30 s). */
  maxRetryTimeMs?: number;
  /** How long a call waits for a pooled connection before failing (30 s unless given). */
  acquisitionTimeoutMs?: number;
  /** How long opening a connection may take (the driver's 30 s unless given). */
  connectTimeoutMs?: number;
  /** Called once per transaction this executor runs (for per-request query counts). */
  onTransaction?: () => void;
  /**
   * Every session starts after the bookmarks it holds and adds its own: the transactions of one
   * chain read what the chain wrote (or was handed), whichever cluster member serves them.
   */
  bookmarkManager?: BookmarkManager;
  /**
   * The caller's own deadline on every call, beyond the server's transaction timeout: a frozen or
   * unreachable server then fails the call after `timeout + deadlineGraceMs` (or this alone when
   * the call has no timeout) instead of hanging. Unset: no deadline (long CLI writes).
   */
  deadlineGraceMs?: number;
}

export interface CallOptions {
  /** Extra transaction metadata, visible in SHOW TRANSACTIONS and the query log. */
  metadata?: Record<string, unknown>;
  timeoutMs?: number;
  /** Records pulled per batch (the driver's 1000 unless given): small where rows may be large. */
  fetchSize?: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export type TxWork<T> = (tx: ManagedTransaction) => Promise<T>;
type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

/**
 * The one owner of the neo4j driver. Integers come back as JS numbers (disableLosslessIntegers),
 * every transaction carries { app: 'policy-graph', ... } metadata, and driver errors leave as
 * GraphError with a code (see errors/map-neo4j-error.ts).
 */
export class Neo4jExecutor {
  private readonly appName: string;

  constructor(
    private readonly driver: Driver,
    private readonly options: Omit<Neo4jConnectionOptions, 'uri' | 'username' | 'password'> = {},
  ) {
    this.appName = options.appName ?? 'policy-graph';
  }

  static connect(options: Neo4jConnectionOptions): Neo4jExecutor {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      disableLosslessIntegers: true,
      userAgent: `${options.appName ?? 'policy-graph'}/neo4j-driver`,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 30_000,
      ...(options.maxRetryTimeMs !== undefined ? { maxTransactionRetryTime: options.maxRetryTimeMs } : {}),
      ...(options.connectTimeoutMs !== undefined ? { connectionTimeout: options.connectTimeoutMs } : {}),
    });
    return new Neo4jExecutor(driver, options);
  }

  /** Runs one read query in a managed read transaction and returns plain rows. */
  read<T = Row>(cypher: string, params: Params = {}, options: CallOptions = {}): Promise<T[]> {
    return this.executeRead((tx) => runRows<T>(tx, cypher, params), options);
  }

  /** Runs one write query in a managed write transaction and returns plain rows. */
  write<T = Row>(cypher: string, params: Params = {}, options: CallOptions = {}): Promise<T[]> {
    return this.executeWrite((tx) => runRows<T>(tx, cypher, params), options);
  }

  /** The driver retries `work` on transient errors, so it must be safe to run more than once. */
  executeRead<T>(work: TxWork<T>, options: CallOptions = {}): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work, this.txConfig(options)), this.deadlineOf(options), options.fetchSize);
  }

  executeWrite<T>(work: TxWork<T>, options: CallOptions = {}): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work, this.txConfig(options)), this.deadlineOf(options), options.fetchSize);
  }

  /** Resolves when Neo4j answers a query; `deadlineMs` bounds the wait whatever the driver does. */
  async verifyConnectivity(deadlineMs?: number): Promise<void> {
    const check = async () => {
      await this.driver.verifyConnectivity({ database: this.options.database });
      await this.read('RETURN 1 AS ok', {}, { timeoutMs: deadlineMs });
    };
    try {
      await (deadlineMs ? withDeadline(check(), deadlineMs) : check());
    } catch (error) {
      throw toGraphError(error);
    }
  }

  /**
   * The same driver and settings, with `onTransaction` told of each transaction run through the view:
   * a request counts its own transactions this way. Closing a view closes the shared driver.
   */
  observed(onTransaction: () => void): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, { ...this.options, onTransaction });
  }

  /**
   * The same driver and settings, its transactions on `chain` (see bookmarkChain) and counted by
   * `onTransaction` when given. Closing a view closes the shared driver.
   */
  chained(chain: BookmarkManager, onTransaction?: () => void): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, { ...this.options, bookmarkManager: chain, ...(onTransaction ? { onTransaction } : {}) });
  }

  /** Connections of the driver's pool in use and idle (for metrics); null when the driver does not tell. */
  poolUse(): PoolUse | null {
    return poolUseOf(this.driver);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>, deadlineMs?: number, fetchSize?: number): Promise<T> {
    this.options.onTransaction?.();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(fetchSize ? { fetchSize } : {}),
      ...(this.options.bookmarkManager ? { bookmarkManager: this.options.bookmarkManager } : {}),
    });
    let expired = false;
    try {
      return await (deadlineMs ? withDeadline(use(session), deadlineMs, () => (expired = true)) : use(session));
    } catch (error) {
      throw toGraphError(error);
    } finally {
      // Past the deadline the server may never answer the close either: let it finish on its own.
      if (expired) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  private deadlineOf(options: CallOptions): number | undefined {
    const grace = this.options.deadlineGraceMs;
    if (grace === undefined) return undefined;
    const timeout = options.timeoutMs ?? this.options.defaultTimeoutMs;
    return (timeout ?? 0) + grace;
  }

  private txConfig(options: CallOptions): TransactionConfig {
    const timeout = options.timeoutMs ?? this.options.defaultTimeoutMs;
    return {
      metadata: { ...options.metadata, app: this.appName },
      ...(timeout !== undefined ? { timeout } : {}),
    };
  }
}

/**
 * One causal chain of transactions: sessions that share it each start after the bookmarks it holds
 * (`initial`, e.g. handed back by a client, then those of every transaction run on it). Sessions stay
 * one per transaction, since a session runs one at a time and a request's resolvers run at once.
 */
export function bookmarkChain(initial: readonly string[] = []): BookmarkManager {
  return neo4j.bookmarkManager({ initialBookmarks: [...initial] });
}

export type { BookmarkManager };

/** Rejects with NEO4J_UNAVAILABLE when `work` has not settled after `ms`; the work itself goes on. */
function withDeadline<T>(work: Promise<T>, ms: number, onExpiry?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      onExpiry?.();
      fail(new GraphError('NEO4J_UNAVAILABLE', `Neo4j did not answer within ${Math.round(ms / 100) / 10} s.`));
    }, ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

async function runRows<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => record.toObject() as T);
}
