import { Injectable } from '@nestjs/common';
import { resolveEntity, tracePaths, type CypherReader } from '@policy-graph/graph';
import { z } from 'zod';
import { notFound } from '../common/errors';
import { simplifiedName } from '../common/names';
import { validate } from '../common/validate';
import type { Trace, TraceArgs } from './trace.model';

const Limits = z.object({ maxLength: z.number().int().min(1).max(8), limit: z.number().int().min(1).max(20) });

@Injectable()
export class TraceService {
  private async entity(db: CypherReader, key: string) {
    const found = (await resolveEntity(db, key.trim())) ?? (await resolveEntity(db, simplifiedName(key)));
    if (!found) throw notFound('entity', key);
    return found;
  }

  async trace(db: CypherReader, args: TraceArgs): Promise<Trace> {
    const { maxLength, limit } = validate(Limits, { maxLength: args.maxLength, limit: args.limit }, 'trace');
    const [from, to] = await Promise.all([this.entity(db, args.from), this.entity(db, args.to)]);
    const paths = from.elementId === to.elementId ? [] : await tracePaths(db, from, to, maxLength, limit);
    const strip = ({ elementId: _e, ...node }: typeof from) => node;
    return { from: strip(from), to: strip(to), paths };
  }
}
