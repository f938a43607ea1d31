import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { bearerToken } from '../auth/tokens';
import type { GqlContext } from '../graphql/request-context';
import { ConsoleService } from './console.service';
import { CypherArgs, CypherResult } from './cypher.model';

// The per-caller limit counts by token, or by address for callers without one.
function callerOf(req: GqlContext['req']): { key: string } {
  const token = bearerToken(req?.headers);
  return { key: token ? `token:${token}` : `address:${req?.ip ?? req?.socket?.remoteAddress ?? 'unknown'}` };
}

@Resolver(() => CypherResult)
export class ConsoleResolver {
  constructor(private readonly console: ConsoleService) {}

  @Query(() => CypherResult, {
    description: 'Read-only Cypher: guarded, run in a READ transaction with a timeout, a row limit and a byte limit; one per request.',
  })
  cypher(@Args() args: CypherArgs, @Context() ctx: GqlContext) {
    return this.console.run(ctx.transactions, args.query, args.params, false, callerOf(ctx.req));
  }
}
