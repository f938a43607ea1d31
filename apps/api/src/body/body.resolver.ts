import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/loaders';
import { pageCost } from '../graphql/cost';
import type { BodyRow } from '@policy-graph/graph';
import { OutcomeConnection } from '../slogan/slogan.model';
import { YearOutcomePageArgs } from '../common/outcome.model';
import { PageArgs } from '../common/page.model';
import { PlaceRef } from '../common/refs.model';
import { BodyArgs, BodyModel, BodyProjectConnection, DocumentConnection, HierarchyLink, OutcomeCounts, YearSlogans } from './body.model';
import { BodyService } from './body.service';

@Resolver(() => BodyModel)
export class BodyResolver {
  constructor(private readonly bodies: BodyService) {}

  @Query(() => BodyModel, { nullable: true, description: 'A street, district, city or province by name or code.' })
  body(@Args() args: BodyArgs): Promise<BodyRow> {
    return this.bodies.find(args.name, args.code);
  }

  @ResolveField(() => [HierarchyLink], { description: 'Bodies above it, nearest first, with the years each link held.' })
  async parents(@Parent() body: BodyRow, @Context() ctx: GqlContext) {
    return (await ctx.loaders.hierarchy.load(body.id)).parents;
  }

  @ResolveField(() => [PlaceRef], { description: 'Bodies directly under it.' })
  async children(@Parent() body: PlaceRef, @Context() ctx: GqlContext) {
    return (await ctx.loaders.hierarchy.load(body.id)).children;
  }

  @ResolveField(() => [YearSlogans], { description: 'Slogans its documents use, per year.' })
  slogansByYear(@Parent() body: BodyRow) {
    return this.bodies.slogansByYear(body.id);
  }

  @ResolveField(() => BodyProjectConnection, { complexity: pageCost })
  projects(@Parent() body: BodyRow, @Args() page: PageArgs) {
    return this.bodies.projects(body.id, page);
  }

  @ResolveField(() => OutcomeConnection, { description: 'Outcomes reported in documents about it.', complexity: pageCost })
  outcomes(@Parent() body: BodyRow, @Args() args: YearOutcomePageArgs) {
    return this.bodies.outcomes(body.id, args, args.status ?? null, args.year ?? null);
  }

  @ResolveField(() => OutcomeCounts, { description: 'Outcomes by status: achieved vs target.' })
  outcomeCounts(@Parent() body: BodyRow) {
    return this.bodies.outcomeCounts(body.id);
  }

  @ResolveField(() => DocumentConnection, { description: 'Documents reporting on it, newest first.', complexity: pageCost })
  documents(@Parent() body: BodyRow, @Args() page: PageArgs, @Args('year', { type: () => Int, nullable: true }) year?: number) {
    return this.bodies.documents(body.id, year ?? null, page);
  }
}
