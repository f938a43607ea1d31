import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { bearerToken, sameToken } from './tokens';

/** The reviewer a token names: a reviewer of API_REVIEWERS, or `admin` for the write token; null for any other. */
export function reviewerOf(options: ApiOptions, token: string | null): string | null {
  const reviewer = options.reviewers.find((r) => sameToken(token, r.token));
  if (reviewer) return reviewer.name;
  return sameToken(token, options.writeToken) ? 'admin' : null;
}

// Corrections need a reviewer's (or the admin's) token, so each one names its author.
@Injectable()
export class ReviewerGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    const token = bearerToken(GqlExecutionContext.create(context).getContext<GqlContext>().req?.headers);
    if (!token) throw apiError('UNAUTHENTICATED', 'Corrections need the header Authorization: Bearer <a reviewer token from API_REVIEWERS>.');
    if (!reviewerOf(this.options, token)) throw apiError('FORBIDDEN', 'This token may read the graph but not correct it: corrections need a reviewer token.');
    return true;
  }
}
