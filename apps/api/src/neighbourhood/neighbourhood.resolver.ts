import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { limitCost } from '../graphql/cost';
import { Neighbourhood, NeighbourhoodArgs, ViewFileArgs } from './neighbourhood.model';
import { NeighbourhoodService } from './neighbourhood.service';

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  constructor(private readonly neighbourhoods: NeighbourhoodService) {}

  @Query(() => Neighbourhood, { description: 'Nodes and edges around some ids, as Cytoscape elements, capped at limit.', complexity: limitCost })
  neighbourhood(@Args() args: NeighbourhoodArgs, @Context() ctx: GqlContext) {
    return this.neighbourhoods.around(ctx.db, args);
  }

  @Query(() => String, { description: 'The nodes with these ids and the relationships among them as a GraphML (typed attributes) or dynamic GEXF file, as `kg export` writes them.' })
  viewFile(@Args() args: ViewFileArgs, @Context() ctx: GqlContext) {
    return this.neighbourhoods.file(ctx.db, args);
  }
}
