import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { ReviewerGuard, reviewerOf } from '../auth/reviewer.guard';
import { bearerToken } from '../auth/tokens';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { Correction, CorrectionInput, MergeCandidate, MergeKind, ReviewItem, ReviewKind } from './correction.model';
import { CorrectionService } from './correction.service';

@Resolver(() => Correction)
export class CorrectionResolver {
  constructor(
    private readonly log: CorrectionService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  private author(ctx: GqlContext): string {
    return reviewerOf(this.options, bearerToken(ctx.req?.headers)) as string;
  }

  @Mutation(() => Correction, { description: 'Record a correction; it holds for every later extraction. Needs a reviewer or admin token (API_REVIEWERS, API_ADMINS).' })
  @UseGuards(ReviewerGuard)
  correct(@Args('input') input: CorrectionInput, @Context() ctx: GqlContext) {
    return this.log.correct(input, this.author(ctx), ctx.session.bind);
  }

  @Mutation(() => Correction, { description: 'Undo a correction (itself a correction). Needs a reviewer token.' })
  @UseGuards(ReviewerGuard)
  revertCorrection(@Args('id', { type: () => ID }) id: string, @Args('reason', { type: () => String, nullable: true }) reason: string | null, @Context() ctx: GqlContext) {
    return this.log.revert(id, reason, this.author(ctx), ctx.session.bind);
  }

  @Query(() => [ReviewItem], { description: 'Facts no reviewer has decided on, least certain and most connected first; decided ones leave it.' })
  reviewQueue(
    @Context() ctx: GqlContext,
    @Args('kind', { type: () => ReviewKind, nullable: true, defaultValue: ReviewKind.FULFILS }) kind: ReviewKind,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit = 20,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.log.queue(ctx.db, limit, after, kind);
  }

  @Query(() => [MergeCandidate], {
    description: 'Slogans (or projects) that are likely one (containment, same reading, one character apart; projects also shared FULFILS targets, same body and year), most evidence first; merging them is a correction.',
  })
  mergeCandidates(
    @Context() ctx: GqlContext,
    @Args('kind', { type: () => MergeKind, nullable: true, defaultValue: MergeKind.SLOGAN }) kind: MergeKind,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit = 20,
  ) {
    return this.log.candidates(ctx.db, limit, kind);
  }

  @Query(() => [Correction], { description: 'The corrections log, oldest first: filter by target (e.g. FULFILS:星动巴士→全域创新; a pair kept apart is under both entities), author or time.' })
  corrections(
    @Context() ctx: GqlContext,
    @Args('target', { type: () => String, nullable: true }) target?: string | null,
    @Args('author', { type: () => String, nullable: true }) author?: string | null,
    @Args('after', { type: () => String, nullable: true, description: 'ISO time: only corrections recorded later' }) after?: string | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limit = 100,
  ) {
    return this.log.log(ctx.db, { target, author, after, limit: Math.min(Math.max(limit, 1), 1000) });
  }
}
