import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageCost } from '../graphql/cost';
import type { SloganRow } from '@policy-graph/graph';
import type { GqlContext } from '../graphql/request-context';
import { OutcomePageArgs } from '../common/outcome.model';
import { PageArgs } from '../common/page.model';
import { AdopterConnection, FulfilmentConnection, OutcomeConnection, SloganArgs, SloganModel } from './slogan.model';
import { SloganService } from './slogan.service';

@Resolver(() => SloganModel)
export class SloganResolver {
  constructor(private readonly slogans: SloganService) {}

  @Query(() => SloganModel, { nullable: true, description: 'A slogan by name or alias, with who adopted it and what serves it.' })
  slogan(@Args() args: SloganArgs, @Context() ctx: GqlContext): Promise<SloganRow> {
    return this.slogans.find(ctx.db, args.name);
  }

  @ResolveField(() => [SloganModel], { description: 'The parts of a numbered slogan, in order.' })
  parts(@Parent() slogan: SloganRow, @Context() ctx: GqlContext) {
    return this.slogans.linked(ctx.loaders, slogan.id, 'parts');
  }

  @ResolveField(() => [SloganModel], { description: 'Numbered slogans this one is a part of.' })
  partOf(@Parent() slogan: SloganRow, @Context() ctx: GqlContext) {
    return this.slogans.linked(ctx.loaders, slogan.id, 'wholes');
  }

  @ResolveField(() => AdopterConnection, { description: 'Bodies that adopted it, earliest first.', complexity: pageCost })
  adopters(@Parent() slogan: SloganRow, @Args() page: PageArgs, @Context() ctx: GqlContext) {
    return this.slogans.adopters(ctx.loaders, slogan.id, page);
  }

  @ResolveField(() => FulfilmentConnection, { description: 'Projects that fulfil it, most confident first.', complexity: pageCost })
  projects(@Parent() slogan: SloganRow, @Args() page: PageArgs, @Context() ctx: GqlContext) {
    return this.slogans.fulfilments(ctx.loaders, slogan.id, page);
  }

  @ResolveField(() => OutcomeConnection, { description: 'Outcomes of projects that fulfil it or its parts.', complexity: pageCost })
  outcomes(@Parent() slogan: SloganRow, @Args() args: OutcomePageArgs, @Context() ctx: GqlContext) {
    return this.slogans.outcomes(ctx.loaders, slogan.id, args, args.status ?? null);
  }
}
