import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { checkReadOnlyCypher, collectElements, explainQueryType, toPlain, warmCypherParser } from '@policy-graph/graph';
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { apiError } from '../common/errors';
import { API_OPTIONS } from '../neo4j/tokens';
import type { ApiOptions } from '../api-options';
import { explainRunner, runReadOnly, type ReadTransactions } from './console.runner';
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

@Injectable()
export class ConsoleService implements OnModuleInit {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  // Loading the Cypher grammar takes a second or two; pay it at start rather than on the first query.
  onModuleInit(): void {
    warmCypherParser();
  }

  // Parser guard, then the server's EXPLAIN, then the read transaction with timeout and row limit.
  async run(db: ReadTransactions, query: string, params: Record<string, unknown> | null | undefined, trusted = false): Promise<CypherResult> {
    const parameters = params ?? {};
    if (typeof parameters !== 'object' || Array.isArray(parameters)) {
      throw apiError('BAD_USER_INPUT', 'params must be a JSON object, e.g. {"name": "全域美丽"}.');
    }
    if (!trusted) await this.guard(db, query, parameters);
    const started = Date.now();
    const limits = { timeoutMs: this.options.cypherTimeoutMs, rowLimit: this.options.cypherRowLimit };
    const table = await runReadOnly(db, query, parameters, limits).catch((e) => {
      throw mapGraphError(e, limits.timeoutMs);
    });
    return {
      columns: table.columns,
      rows: table.rows.map((r) => r.map(cell)),
      rowCount: table.rows.length,
      truncated: table.truncated,
      rowLimit: limits.rowLimit,
      elements: collectElements(table.rows),
      durationMs: Date.now() - started,
    };
  }

  private async guard(db: ReadTransactions, query: string, params: Record<string, unknown>) {
    const verdict = checkReadOnlyCypher(query);
    if (!verdict.ok) throw apiError('CYPHER_REJECTED', verdict.message, { reason: verdict.code });
    const planned = await explainQueryType(explainRunner(db, this.options.cypherTimeoutMs), query, params).catch((e) => {
      throw mapGraphError(e, this.options.cypherTimeoutMs);
    });
    if (!planned.ok) throw apiError('CYPHER_REJECTED', planned.message, { reason: planned.code });
  }
}
