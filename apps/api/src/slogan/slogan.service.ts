import { Injectable } from '@nestjs/common';
import { findSlogan, type CypherReader, type SloganRow } from '@policy-graph/graph';
import { pageWindow, toPage } from '../common/cursor';
import { notFound } from '../common/errors';
import type { RequestLoaders } from '../common/loaders';
import { simplifiedName } from '../common/names';
import type { PageArgs } from '../common/page.model';

@Injectable()
export class SloganService {
  async find(db: CypherReader, name: string): Promise<SloganRow> {
    const slogan = (await findSlogan(db, name.trim())) ?? (await findSlogan(db, simplifiedName(name)));
    if (!slogan) throw notFound('slogan', name);
    return slogan;
  }

  async linked(loaders: RequestLoaders, id: string, direction: 'parts' | 'wholes'): Promise<SloganRow[]> {
    const links = await (direction === 'parts' ? loaders.parts : loaders.wholes).load(id);
    const slogans = await loaders.slogan.loadMany(links.map((l) => l.id));
    return slogans.filter((s): s is SloganRow => !!s && !(s instanceof Error));
  }

  async adopters(loaders: RequestLoaders, id: string, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await loaders.adopters(id, window);
    return toPage(items, total, window);
  }

  async fulfilments(loaders: RequestLoaders, id: string, page: PageArgs) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await loaders.fulfilments(id, window);
    return toPage(items, total, window);
  }

  async outcomes(loaders: RequestLoaders, id: string, page: PageArgs, status: string | null) {
    const window = pageWindow(page.first, page.after);
    const { items, total } = await loaders.sloganOutcomes(id, window, status);
    return toPage(items, total, window);
  }
}
