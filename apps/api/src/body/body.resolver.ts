import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { pageCost } from '../graphql/cost';
import type { BodyRow } from '@policy-graph/graph';
import { OutcomeConnection } from '../slogan/slogan.model';
import { YearOutcomePageArgs } from '../common/outcome.model';
import { PageArgs } from '../common/page.model';
import { PlaceRef } from '../common/refs.model';
import { AdminLevelEnum } from '../common/enums';
import { BodyArgs, BodyModel, BodyProjectConnection, DocumentConnection, HierarchyLink, OutcomeCounts, YearSlogans } from './body.model';
import { BodyService } from './body.service';

@Resolver(() => BodyModel)
export class BodyResolver {
  constructor(private readonly bodies: BodyService) {}

  @Query(() => BodyModel, { nullable: true, description: 'A street, district, city or province by name or code.' })
  body(@Args() args: BodyArgs, @Context() ctx: GqlContext): Promise<BodyRow> {
    return this.bodies.find(ctx.db, args.name, args.code);
  }

  @Query(() => [PlaceRef], { description: 'Places at these levels (districts and cities when omitted) that report, or hold a body that reports: the choices of a place filter.' })
  reportingPlaces(@Args('levels', { type: () => [AdminLevelEnum], nullable: true }) levels: string[] | null, @Context() ctx: GqlContext) {
    return this.bodies.reportingPlaces(ctx.db, levels?.length ? levels : ['district', 'city']);
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
  slogansByYear(@Parent() body: BodyRow, @Context() ctx: GqlContext) {
    return this.bodies.slogansByYear(ctx.db, body.id);
  }

  @ResolveField(() => BodyProjectConnection, { complexity: pageCost })
  projects(@Parent() body: BodyRow, @Args() page: PageArgs, @Context() ctx: GqlContext) {
    return this.bodies.projects(ctx.db, body.id, page);
  }

  @ResolveField(() => OutcomeConnection, { description: 'Outcomes reported in documents about it.', complexity: pageCost })
  outcomes(@Parent() body: BodyRow, @Args() args: YearOutcomePageArgs, @Context() ctx: GqlContext) {
    return this.bodies.outcomes(ctx.db, body.id, args, args.status ?? null, args.year ?? null);
  }

  @ResolveField(() => OutcomeCounts, { description: 'Outcomes by status: achieved vs target.' })
  outcomeCounts(@Parent() body: BodyRow, @Context() ctx: GqlContext) {
    return this.bodies.outcomeCounts(ctx.db, body.id);
  }

  @ResolveField(() => DocumentConnection, { description: 'Documents reporting on it, newest first.', complexity: pageCost })
  documents(@Parent() body: BodyRow, @Args() page: PageArgs, @Context() ctx: GqlContext, @Args('year', { type: () => Int, nullable: true }) year?: number) {
    return this.bodies.documents(ctx.db, body.id, year ?? null, page);
  }
}
