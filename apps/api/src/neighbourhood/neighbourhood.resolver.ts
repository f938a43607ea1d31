import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { limitCost } from '../graphql/cost';
import { Neighbourhood, NeighbourhoodArgs } from './neighbourhood.model';
import { NeighbourhoodService } from './neighbourhood.service';

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  constructor(private readonly neighbourhoods: NeighbourhoodService) {}

  @Query(() => Neighbourhood, { description: 'Nodes and edges around some ids, as Cytoscape elements, capped at limit.', complexity: limitCost })
  neighbourhood(@Args() args: NeighbourhoodArgs, @Context() ctx: GqlContext) {
    return this.neighbourhoods.around(ctx.db, args);
  }
}
