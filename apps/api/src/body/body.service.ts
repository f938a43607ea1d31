import { Inject, Injectable } from '@nestjs/common';
import {
  findBody,
  listDocuments,
  outcomeCounts,
  outcomesOfBody,
  projectsOfBody,
  slogansByYear,
  type CypherReader,
  type BodyRow,
} from '@policy-graph/graph';
import { pageWindow, toPage } from '../common/cursor';
import { apiError, notFound } from '../common/errors';
import { simplifiedName } from '../common/names';
import type { PageArgs } from '../common/page.model';
import { CYPHER_READER } from '../neo4j/tokens';

@Injectable()
export class BodyService {
  constructor(@Inject(CYPHER_READER) private readonly db: CypherReader) {}

  async find(name?: string | null, code?: string | null): Promise<BodyRow> {
    if (!name && !code) throw apiError('BAD_USER_INPUT', 'body needs a name (e.g. 星桥街道) or a code (e.g. 330113004).');
    const body = await findBody(this.db, { name: name ? simplifiedName(name) : null, code: code?.trim() ?? null });
    if (!body) throw notFound('body', name ?? code ?? '');
    return body;
  }

  slogansByYear(id: string) {
    return slogansByYear(this.db, id);
  }

  async projects(id: string, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await projectsOfBody(this.db, id, window);
    return toPage(items, total, window);
  }

  async outcomes(id: string, page: PageArgs, status: string | null, year: number | null) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await outcomesOfBody(this.db, id, { status, year }, window);
    return toPage(items, total, window);
  }

  async outcomeCounts(id: string) {
    const counts = await outcomeCounts(this.db, id);
    return { achieved: counts.achieved ?? 0, target: counts.target ?? 0, inProgress: counts.in_progress ?? 0, input: counts.input ?? 0 };
  }

  async documents(bodyId: string | null, year: number | null, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await listDocuments(this.db, { bodyId, year }, window);
    return toPage(items, total, window);
  }
}
