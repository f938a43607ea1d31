import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { CypherResult } from '../console/cypher.model';
import { RunSavedQueryArgs, SavedQuery } from './saved-query.model';
import { SavedQueryService } from './saved-query.service';

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  constructor(private readonly saved: SavedQueryService) {}

  @Query(() => [SavedQuery], { description: 'The analyst queries kept in graph/queries/.' })
  savedQueries() {
    return this.saved.list();
  }

  @Query(() => CypherResult, { description: 'Run a saved query by name with its parameters; first/offset give one page of its rows and their total.' })
  runSavedQuery(@Args() args: RunSavedQueryArgs, @Context() ctx: GqlContext) {
    return this.saved.run(ctx.transactions, args.name, args.params, { first: args.first, offset: args.offset });
  }
}
