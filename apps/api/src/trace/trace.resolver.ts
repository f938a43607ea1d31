import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { Trace, TraceArgs } from './trace.model';
import { TraceService } from './trace.service';

@Resolver(() => Trace)
export class TraceResolver {
  constructor(private readonly traces: TraceService) {}

  @Query(() => Trace, { nullable: true, description: 'Shortest meaningful paths between two entities, with evidence on every edge.' })
  trace(@Args() args: TraceArgs, @Context() ctx: GqlContext) {
    return this.traces.trace(ctx.db, args);
  }
}
