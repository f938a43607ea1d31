import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AdminGuard } from '../auth/admin.guard';
import type { GqlContext } from '../graphql/request-context';
import { DeletedDocument, ReextractResult } from './admin.model';
import { AdminService } from './admin.service';

// Admin mutations need an admin's token: a reviewer's or a reader's is FORBIDDEN.
@Resolver(() => DeletedDocument)
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Mutation(() => DeletedDocument, {
    description: 'Delete a document and everything only it supports, in one transaction (derived edges recomputed). Needs an admin token (API_ADMINS or API_WRITE_TOKEN).',
  })
  @UseGuards(AdminGuard)
  deleteDocument(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.admin.deleteDocument(id, ctx.session.bind);
  }

  @Mutation(() => ReextractResult, {
    description: 'Read documents again from their stored text with the corrections in force: by default only those an older extractor read. Needs an admin token (API_ADMINS or API_WRITE_TOKEN).',
  })
  @UseGuards(AdminGuard)
  reextract(
    @Context() ctx: GqlContext,
    @Args('changed', { type: () => Boolean, nullable: true, defaultValue: true, description: 'only documents another extractor version read (false: every one)' }) changed: boolean,
    @Args('dryRun', { type: () => Boolean, nullable: true, defaultValue: false, description: 'list the facts that would change, write nothing' }) dryRun: boolean,
  ) {
    return this.admin.reextract(changed, dryRun, ctx.session.bind);
  }
}
