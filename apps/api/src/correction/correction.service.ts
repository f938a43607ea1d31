import { Inject, Injectable } from '@nestjs/common';
import { documentsTouchedBy, isGraphError, mergeCandidates, orphanedCorrections, recordCorrection, reviewQueue, type CypherReader, type Neo4jExecutor } from '@policy-graph/graph';
import type { Correction as Logged } from '@policy-graph/model';
import { encodeCursor, pageWindow } from '../common/cursor';
import { int as neo4jInt } from 'neo4j-driver';
import { apiError } from '../common/errors';
import { mapGraphError } from '../neo4j/driver-errors';
import type { ExecutorBinding } from '../neo4j/request-session';
import { NEO4J_EXECUTOR, REWRITER } from '../neo4j/tokens';
import { MergeKind, ReviewKind, type Correction, type CorrectionInput, type MergeCandidate, type ReviewItem } from './correction.model';

const LOG = `
MATCH (c:Correction)
WHERE ($target IS NULL OR c.target = $target OR $target IN coalesce(c.otherTargets, [])) AND ($author IS NULL OR c.author = $author) AND ($after IS NULL OR c.at > $after)
RETURN c.id AS id, c.kind AS kind, c.target AS target, c.author AS author, c.reason AS reason, c.at AS at, c.status AS status, c.payload AS payload
ORDER BY c.at, c.id LIMIT $limit`;
const STATUS = `MATCH (c:Correction {id: $id}) RETURN c.id AS id, c.kind AS kind, c.target AS target, c.author AS author, c.reason AS reason, c.at AS at, c.status AS status, c.payload AS payload`;

type LoggedRow = Omit<Correction, 'orphaned'> & { payload: string };

/** Log rows as the API gives them, each marked orphaned or not (one query for all). */
async function withOrphans(db: CypherReader, rows: LoggedRow[]): Promise<Correction[]> {
  const orphaned = await orphanedCorrections(db, rows.map((r) => JSON.parse(r.payload) as Logged));
  return rows.map(({ payload: _payload, ...r }) => ({ ...r, orphaned: orphaned.has(r.id) }));
}

@Injectable()
export class CorrectionService {
  constructor(
    @Inject(NEO4J_EXECUTOR) private readonly executor: Neo4jExecutor,
    @Inject(REWRITER) private readonly rewrite: (documentIds: string[], bind: ExecutorBinding) => Promise<number>,
  ) {}

  // `bind` puts every transaction on the request's bookmark chain: its answer then carries the write's bookmark
  private async record(raw: Record<string, unknown>, bind: ExecutorBinding): Promise<Correction> {
    const executor = bind(this.executor);
    try {
      const c = await recordCorrection(executor, raw);
      // the documents it changes are written again now: the graph shows it at once, a revert restores
      await this.rewrite(await documentsTouchedBy(executor, c), bind);
      return (await withOrphans(executor, await executor.read<LoggedRow>(STATUS, { id: c.id })))[0];
    } catch (error) {
      if (isGraphError(error, 'BAD_CORRECTION')) throw apiError('BAD_USER_INPUT', error.message);
      if (isGraphError(error, 'BAD_BOOKMARK')) throw mapGraphError(error);
      throw error;
    }
  }

  correct(input: CorrectionInput, author: string, bind: ExecutorBinding): Promise<Correction> {
    // fields left out or null are absent: the schema of the kind says which it needs
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
    return this.record({ ...given, reason: input.reason ?? '', author }, bind);
  }

  revert(id: string, reason: string | null | undefined, author: string, bind: ExecutorBinding): Promise<Correction> {
    return this.record({ kind: 'revert', correction: id, reason: reason ?? '', author }, bind);
  }

  async queue(db: CypherReader, limit: number, after: string | null | undefined, kind: ReviewKind = ReviewKind.FULFILS): Promise<ReviewItem[]> {
    const window = pageWindow(limit, after);
    const rows = await reviewQueue(db, window, kind);
    return rows.map((r, i) => ({ ...r, cursor: encodeCursor(window.skip + i + 1) }));
  }

  candidates(db: CypherReader, limit: number, kind: MergeKind = MergeKind.SLOGAN): Promise<MergeCandidate[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw apiError('BAD_USER_INPUT', `limit must be an integer from 1 to 500, got ${limit}`);
    return mergeCandidates(db, limit, kind);
  }

  async log(db: CypherReader, filter: { target?: string | null; author?: string | null; after?: string | null; limit: number }): Promise<Correction[]> {
    const rows = await db.read(LOG, { target: filter.target ?? null, author: filter.author ?? null, after: filter.after ?? null, limit: neo4jInt(filter.limit) });
    return withOrphans(db, rows as unknown as LoggedRow[]);
  }
}

