import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/request-context';
import { BodyService } from '../body/body.service';
import { DocumentConnection } from '../body/body.model';
import { DocumentModel, DocumentsArgs } from './document.model';
import { DocumentService } from './document.service';

@Resolver(() => DocumentModel)
export class DocumentResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly bodies: BodyService,
  ) {}

  @Query(() => DocumentModel, { nullable: true, description: 'A document by id (sha256), with its text and every mention.' })
  document(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.documents.get(ctx.db, id);
  }

  @Query(() => DocumentConnection, { name: 'documents', description: 'Documents, newest first, optionally of one body or year.' })
  async documentList(@Args() args: DocumentsArgs, @Context() ctx: GqlContext) {
    const bodyId = args.body ? (await this.bodies.find(ctx.db, args.body, null)).id : null;
    return this.bodies.documents(ctx.db, bodyId, args.year ?? null, args);
  }
}
