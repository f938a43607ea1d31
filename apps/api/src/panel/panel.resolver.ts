import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { SpreadEdge } from '../diffusion/diffusion.model';
import { AdoptionCurve, AdoptionCurvesArgs, Coverage, CoverageArgs, DiffusionPanel, DiffusionPanelArgs, NeighbourSpreadArgs, VariantFamily, VariantFamilyArgs } from './panel.model';
import { PanelService } from './panel.service';

// The data researchers take away: coverage, the body × year panel of a slogan, adoption curves.
@Resolver()
export class PanelResolver {
  constructor(private readonly panels: PanelService) {}

  @Query(() => Coverage, { description: 'Which bodies of a level have documents in which years of a period.' })
  coverage(@Args() args: CoverageArgs, @Context() ctx: GqlContext) {
    return this.panels.coverage(ctx.db, args);
  }

  @Query(() => DiffusionPanel, { description: 'One row per body × year of a level: coverage, adoption, the parent\'s and the neighbours\' adoption.' })
  diffusionPanel(@Args() args: DiffusionPanelArgs, @Context() ctx: GqlContext) {
    return this.panels.panel(ctx.db, args);
  }

  @Query(() => [SpreadEdge], { description: 'Spread along borders: each adopter of the level after a neighbour (NEIGHBOURS) adopted, from every earlier neighbour.' })
  neighbourSpread(@Args() args: NeighbourSpreadArgs, @Context() ctx: GqlContext) {
    return this.panels.spread(ctx.db, args);
  }

  @Query(() => [AdoptionCurve], { description: 'Cumulative adoption and hazard per year, one curve per slogan and level.' })
  adoptionCurves(@Args() args: AdoptionCurvesArgs, @Context() ctx: GqlContext) {
    return this.panels.curves(ctx.db, args);
  }

  @Query(() => VariantFamily, { description: "A slogan's family: its campaign and the variants reviewers accepted (VARIANT_OF), each with its adopters, and the family's adopters counted once." })
  variantFamily(@Args() args: VariantFamilyArgs, @Context() ctx: GqlContext) {
    return this.panels.family(ctx.db, args.slogan);
  }
}
