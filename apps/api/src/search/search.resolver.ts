import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchArgs, SearchHit } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => [SearchHit], { description: 'Names and aliases by Chinese text, pinyin or initials, best first.' })
  search(@Args() args: SearchArgs) {
    return this.searches.search(args);
  }
}
