import { Args, Query, Resolver } from '@nestjs/graphql';
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

  @Query(() => CypherResult, { description: 'Run a saved query by name with its parameters.' })
  runSavedQuery(@Args() args: RunSavedQueryArgs) {
    return this.saved.run(args.name, args.params);
  }
}
