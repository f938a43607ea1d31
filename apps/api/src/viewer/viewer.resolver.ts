import { Inject } from '@nestjs/common';
import { Context, Query, Resolver } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { bearerToken } from '../auth/tokens';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { Viewer } from './viewer.model';
import { viewerOf } from './viewer-of';

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  @Query(() => Viewer, { description: 'The caller, from the bearer token: a reader (no token, a reader token), a reviewer or an admin, with the name.' })
  me(@Context() ctx: GqlContext): Viewer {
    const viewer = viewerOf(this.options, bearerToken(ctx.req?.headers));
    // an unknown token is an error rather than a reader, so a mistyped token is noticed at sign-in
    if (!viewer) throw apiError('UNAUTHENTICATED', 'This bearer token is not one the server knows: use a token of API_READERS, API_REVIEWERS or API_ADMINS (or the read or write token).');
    return viewer;
  }
}
