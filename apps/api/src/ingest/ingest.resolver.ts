import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { AdminGuard } from '../auth/admin.guard';
import { IngestDocumentInput, IngestResult } from './ingest.model';
import { IngestService } from './ingest.service';

@Resolver(() => IngestResult)
export class IngestResolver {
  constructor(private readonly ingests: IngestService) {}

  @Mutation(() => IngestResult, {
    description: 'Extract and load one document (text or base64 file). Needs an admin token (API_ADMINS or API_WRITE_TOKEN).',
  })
  @UseGuards(AdminGuard)
  ingestDocument(@Args('input') input: IngestDocumentInput, @Context() ctx: GqlContext) {
    return this.ingests.ingestDocument(input, ctx.session.bind);
  }
}
