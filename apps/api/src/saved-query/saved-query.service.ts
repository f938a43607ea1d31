import { Inject, Injectable } from '@nestjs/common';
import { PAGE_PARAMS } from '@policy-graph/graph';
import { apiError } from '../common/errors';
import { ConsoleService } from '../console/console.service';
import type { CypherResult } from '../console/cypher.model';
import type { ReadTransactions, TablePage } from '../console/console.runner';
import { SAVED_QUERIES } from '../neo4j/tokens';
import type { SavedQuery } from './saved-query.model';

// The saved queries of graph/queries/, as the graph library reads them.
export interface SavedQueryEntry extends SavedQuery {
  // typed parameters (integers as Neo4j integers, missing ones as null)
  bind(given: Record<string, unknown>): Record<string, unknown>;
}

export interface SavedQueryCatalog {
  list(): Promise<SavedQueryEntry[]>;
}

@Injectable()
export class SavedQueryService {
  constructor(
    @Inject(SAVED_QUERIES) private readonly catalog: SavedQueryCatalog,
    private readonly console: ConsoleService,
  ) {}

  list(): Promise<SavedQuery[]> {
    return this.catalog.list();
  }

  // Saved queries are the project's own files: no guard, but still a READ transaction with limits.
  // Given first or offset, the answer is one page of the rows and counts them all.
  async run(
    db: ReadTransactions,
    name: string,
    params: Record<string, unknown> | null | undefined,
    paging: { first?: number | null; offset?: number | null } = {},
  ): Promise<CypherResult> {
    const all = await this.catalog.list();
    const query = all.find((q) => q.name === name);
    if (!query) {
      throw apiError('NOT_FOUND', `No saved query "${name}". Known: ${all.map((q) => q.name).join(', ') || 'none'}.`);
    }
    const given = params ?? {};
    const unknown = Object.keys(given).filter((k) => !query.params.includes(k));
    if (unknown.length) {
      throw apiError('BAD_USER_INPUT', `Saved query "${name}" takes ${query.params.map((p) => `$${p}`).join(', ') || 'no params'}; unknown: ${unknown.join(', ')}.`);
    }
    let bound: Record<string, unknown>;
    try {
      bound = query.bind(given);
    } catch (error) {
      throw apiError('BAD_USER_INPUT', (error as Error).message);
    }
    return this.console.run(db, query.cypher, bound, true, undefined, this.pageOf(query, paging));
  }

  private pageOf(query: SavedQueryEntry, { first, offset }: { first?: number | null; offset?: number | null }): TablePage | undefined {
    if (first == null && offset == null) return undefined;
    const limit = this.console.rowLimit;
    if (first != null && (first < 1 || first > limit)) throw apiError('BAD_USER_INPUT', `first must be between 1 and the row limit, ${limit}.`);
    if (offset != null && offset < 0) throw apiError('BAD_USER_INPUT', 'offset must be 0 or more.');
    if (query.params.some((p) => (PAGE_PARAMS as readonly string[]).includes(p))) throw apiError('BAD_USER_INPUT', `Saved query "${query.name}" takes a parameter named like a page's (${PAGE_PARAMS.join(', ')}); it cannot be paged.`);
    return { first: first ?? limit, offset: offset ?? 0, columns: query.columns };
  }
}
