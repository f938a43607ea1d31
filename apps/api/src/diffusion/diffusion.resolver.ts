import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { Diffusion, DiffusionArgs } from './diffusion.model';
import { DiffusionService } from './diffusion.service';

@Resolver(() => Diffusion)
export class DiffusionResolver {
  constructor(private readonly diffusions: DiffusionService) {}

  @Query(() => Diffusion, { nullable: true, description: 'How a slogan spread: adopters per year, first adopters, likely spread edges.' })
  diffusion(@Args() args: DiffusionArgs, @Context() ctx: GqlContext) {
    return this.diffusions.diffusion(ctx.db, args);
  }
}
