import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { ChangeSet, CompareArgs, Comparison } from './compare.model';
import { CompareService } from './compare.service';

@Resolver(() => Comparison)
export class CompareResolver {
  constructor(private readonly comparisons: CompareService) {}

  @Query(() => Comparison, { nullable: true, description: "A body's slogans and projects in yearB against yearA: new, continued, dropped." })
  compare(@Args() args: CompareArgs, @Context() ctx: GqlContext) {
    return this.comparisons.compare(ctx, args);
  }

  @ResolveField(() => ChangeSet)
  slogans(@Parent() comparison: Comparison, @Context() ctx: GqlContext) {
    return this.comparisons.changes(ctx, comparison, 'slogans');
  }

  @ResolveField(() => ChangeSet)
  projects(@Parent() comparison: Comparison, @Context() ctx: GqlContext) {
    return this.comparisons.changes(ctx, comparison, 'projects');
  }
}
