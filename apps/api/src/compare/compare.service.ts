import { Injectable } from '@nestjs/common';
import { changesBetween, type ChangeSetRow } from '@policy-graph/graph';
import { z } from 'zod';
import { validate, Year } from '../common/validate';
import { BodyService } from '../body/body.service';
import type { GqlContext } from '../graphql/request-context';
import type { CompareArgs, Comparison } from './compare.model';

const Years = z.object({ yearA: Year, yearB: Year });

type Ctx = Pick<GqlContext, 'db' | 'loaders'>;

@Injectable()
export class CompareService {
  constructor(private readonly bodies: BodyService) {}

  // The page asks for every pair of report years in one request: the body is looked up once for
  // all of them, and slogans and projects are read (once) only when asked for.
  async compare(ctx: Ctx, args: CompareArgs): Promise<Omit<Comparison, 'slogans' | 'projects'>> {
    const { yearA, yearB } = validate(Years, { yearA: args.yearA, yearB: args.yearB }, 'compare');
    const key = args.body.trim();
    const body = await ctx.loaders.once(`body:${key}`, () => (/^\d+$/.test(key) ? this.bodies.find(ctx.db, null, key) : this.bodies.find(ctx.db, key, null)));
    return { body, yearA, yearB } as Omit<Comparison, 'slogans' | 'projects'>;
  }

  async changes(ctx: Ctx, comparison: Pick<Comparison, 'body' | 'yearA' | 'yearB'>, kind: 'slogans' | 'projects'): Promise<ChangeSetRow> {
    const loader = kind === 'slogans' ? ctx.loaders.sloganYears : ctx.loaders.projectYears;
    return changesBetween(await loader.load(comparison.body.id), comparison.yearA, comparison.yearB);
  }
}
