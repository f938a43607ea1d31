import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { limitCost } from '../graphql/cost';
import { SearchArgs, SearchHit } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => [SearchHit], { description: 'Names and aliases by Chinese text, pinyin or initials, best first.', complexity: limitCost })
  search(@Args() args: SearchArgs, @Context() ctx: GqlContext) {
    return this.searches.search(ctx.db, args);
  }
}
