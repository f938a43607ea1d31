import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { ConsoleService } from './console.service';
import { CypherArgs, CypherResult } from './cypher.model';

@Resolver(() => CypherResult)
export class ConsoleResolver {
  constructor(private readonly console: ConsoleService) {}

  @Query(() => CypherResult, {
    description: 'Read-only Cypher: guarded, run in a READ transaction with a timeout and a row limit.',
  })
  cypher(@Args() args: CypherArgs, @Context() ctx: GqlContext) {
    return this.console.run(ctx.transactions, args.query, args.params);
  }
}
