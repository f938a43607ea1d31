import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { CompareArgs, Comparison } from './compare.model';
import { CompareService } from './compare.service';

@Resolver(() => Comparison)
export class CompareResolver {
  constructor(private readonly comparisons: CompareService) {}

  @Query(() => Comparison, { nullable: true, description: "A body's slogans and projects in yearB against yearA: new, continued, dropped." })
  compare(@Args() args: CompareArgs, @Context() ctx: GqlContext) {
    return this.comparisons.compare(ctx.db, args);
  }
}
