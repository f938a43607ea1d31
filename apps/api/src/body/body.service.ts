import { Injectable } from '@nestjs/common';
import {
  findBody,
  listDocuments,
  outcomeCounts,
  outcomesOfBody,
  projectsOfBody,
  reportingPlaces,
  slogansByYear,
  type CypherReader,
  type BodyRow,
} from '@policy-graph/graph';
import { pageWindow, toPage } from '../common/cursor';
import { apiError, notFound } from '../common/errors';
import { simplifiedName } from '../common/names';
import type { PageArgs } from '../common/page.model';

@Injectable()
export class BodyService {
  async find(db: CypherReader, name?: string | null, code?: string | null): Promise<BodyRow> {
    if (!name && !code) throw apiError('BAD_USER_INPUT', 'body needs a name (e.g. 星桥街道) or a code (e.g. 330113004).');
    const body = await findBody(db, { name: name ? simplifiedName(name) : null, code: code?.trim() ?? null });
    if (!body) throw notFound('body', name ?? code ?? '');
    return body;
  }

  reportingPlaces(db: CypherReader, levels: string[]) {
    return reportingPlaces(db, levels);
  }

  slogansByYear(db: CypherReader, id: string) {
    return slogansByYear(db, id);
  }

  async projects(db: CypherReader, id: string, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await projectsOfBody(db, id, window);
    return toPage(items, total, window);
  }

  async outcomes(db: CypherReader, id: string, page: PageArgs, status: string | null, year: number | null) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await outcomesOfBody(db, id, { status, year }, window);
    return toPage(items, total, window);
  }

  async outcomeCounts(db: CypherReader, id: string) {
    const counts = await outcomeCounts(db, id);
    return { achieved: counts.achieved ?? 0, target: counts.target ?? 0, inProgress: counts.in_progress ?? 0, input: counts.input ?? 0 };
  }

  async documents(db: CypherReader, bodyId: string | null, year: number | null, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await listDocuments(db, { bodyId, year }, window);
    return toPage(items, total, window);
  }
}
