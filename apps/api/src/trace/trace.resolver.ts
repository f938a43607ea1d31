import { Args, Query, Resolver } from '@nestjs/graphql';
import { Trace, TraceArgs } from './trace.model';
import { TraceService } from './trace.service';

@Resolver(() => Trace)
export class TraceResolver {
  constructor(private readonly traces: TraceService) {}

  @Query(() => Trace, { nullable: true, description: 'Shortest meaningful paths between two entities, with evidence on every edge.' })
  trace(@Args() args: TraceArgs) {
    return this.traces.trace(args);
  }
}
