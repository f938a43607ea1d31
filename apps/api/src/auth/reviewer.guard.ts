import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { callerOf, mayCorrect } from './callers';
import { bearerToken } from './tokens';

/** The name a correction is logged under: a reviewer's or an admin's; null for anyone else. */
export function reviewerOf(options: Pick<ApiOptions, 'callers'>, token: string | null): string | null {
  const caller = callerOf(options.callers, token);
  return mayCorrect(caller) ? caller.name : null;
}

// Corrections need a reviewer's (or an admin's) token, so each one names its author.
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
