import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { collectElements, CypherGuardWorker, explainQueryType, toPlain } from '@policy-graph/graph';
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { apiError } from '../common/errors';
import { API_OPTIONS } from '../neo4j/tokens';
import type { ApiOptions } from '../api-options';
import { explainRunner, runReadOnly, SAVED_QUERY_FETCH_SIZE, type ReadTransactions, type TablePage } from './console.runner';
import { ConsoleSlots } from './console-slots';
import type { CypherResult } from './cypher.model';
import { mapGraphError } from '../neo4j/driver-errors';

// Nodes, relationships and paths become small JSON objects in the table; the graph view gets the full elements.
function cell(value: unknown): unknown {
  if (isNode(value)) return { id: (value.properties as { id?: unknown }).id ?? value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (isPath(value)) return { length: value.length };
  if (Array.isArray(value)) return value.map(cell);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cell(v)]));
  }
  return toPlain(value);
}

const toCells = (row: unknown[]) => row.map(cell);

// When the grammar starts loading, after the API's start (see onModuleInit).
const GRAMMAR_AFTER_MS = 15_000;

/** Who runs a console query, for the per-caller limit: the token, else the address. */
export interface ConsoleCaller {
  key: string;
}

@Injectable()
export class ConsoleService implements OnModuleInit, OnModuleDestroy {
  // The parser runs in a worker thread: a query built to make it slow costs its sender a refusal, not the API.
  private readonly guardWorker = new CypherGuardWorker();
  private readonly slots: ConsoleSlots;
  // Each request has its own transactions view: one console query per view, so 30 aliased
  // cypher fields in one request run one query, not 30 at once.
  private readonly usedBy = new WeakSet<object>();
  private grammarTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {
    this.slots = new ConsoleSlots(options.cypherConcurrency);
  }

  // Loading the Cypher grammar takes 1.7 s of CPU: begun once the start is over rather than on the
  // first console query, and not waited for. Not at once: beside the other worker starting and the
  // warm-ups, on two cores it made the page's first requests after a restart take 1–4 s. A console
  // query that comes sooner starts it itself, as does one after a failed start.
  onModuleInit(): void {
    this.grammarTimer = setTimeout(() => void this.guardWorker.start().catch(() => undefined), GRAMMAR_AFTER_MS);
    this.grammarTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.grammarTimer) clearTimeout(this.grammarTimer);
    await this.guardWorker.close();
  }

  /** The row limit: the most rows one answer, or one page of it, holds. */
  get rowLimit(): number {
    return this.options.cypherRowLimit;
  }

  // Parser guard, then the server's EXPLAIN, then the read transaction with timeout, row and byte
  // limits. A page (saved queries) is checked against the row limit by the caller.
  async run(
    db: ReadTransactions,
    query: string,
    params: Record<string, unknown> | null | undefined,
    trusted = false,
    caller?: ConsoleCaller,
    page?: TablePage,
  ): Promise<CypherResult> {
    const parameters = params ?? {};
    if (typeof parameters !== 'object' || Array.isArray(parameters)) {
      throw apiError('BAD_USER_INPUT', 'params must be a JSON object, e.g. {"name": "全域美丽"}.');
    }
    if (this.usedBy.has(db)) {
      throw apiError('QUERY_TOO_COMPLEX', 'A request may run one console query (cypher or runSavedQuery); send the others as separate requests.');
    }
    this.usedBy.add(db);
    const release = caller ? this.slots.take(caller.key) : () => undefined;
    try {
      if (!trusted) await this.guard(db, query, parameters);
      return await this.execute(db, query, parameters, trusted, page);
    } finally {
      release();
    }
  }

  private async execute(db: ReadTransactions, query: string, parameters: Record<string, unknown>, trusted: boolean, page?: TablePage): Promise<CypherResult> {
    const started = Date.now();
    const limits = {
      timeoutMs: this.options.cypherTimeoutMs,
      rowLimit: this.options.cypherRowLimit,
      byteLimit: this.options.cypherByteLimit,
      ...(trusted ? { fetchSize: SAVED_QUERY_FETCH_SIZE } : {}),
    };
    const table = await runReadOnly(db, query, parameters, limits, toCells, page).catch((e) => {
      throw mapGraphError(e, limits.timeoutMs);
    });
    return {
      columns: table.columns,
      rows: table.cells,
      rowCount: table.rows.length,
      truncated: table.truncatedBy !== null,
      truncatedBy: table.truncatedBy === null ? null : table.truncatedBy === 'rows' ? 'ROWS' : 'BYTES',
      offset: table.offset,
      totalCount: table.totalCount,
      rowLimit: limits.rowLimit,
      byteLimit: limits.byteLimit,
      elements: collectElements(table.rows),
      durationMs: Date.now() - started,
    };
  }

  private async guard(db: ReadTransactions, query: string, params: Record<string, unknown>) {
    if (typeof query !== 'string') throw apiError('BAD_USER_INPUT', 'query must be a string.');
    const verdict = await this.guardWorker.check(query, params);
    if (!verdict.ok) {
      if (verdict.code === 'BUSY') throw apiError('TOO_MANY_REQUESTS', verdict.message);
      throw apiError('CYPHER_REJECTED', verdict.message, { reason: verdict.code });
    }
    const planned = await explainQueryType(explainRunner(db, this.options.cypherTimeoutMs), query, params).catch((e) => {
      throw mapGraphError(e, this.options.cypherTimeoutMs);
    });
    if (!planned.ok) throw apiError('CYPHER_REJECTED', planned.message, { reason: planned.code });
  }
}
