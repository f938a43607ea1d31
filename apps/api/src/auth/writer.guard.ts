import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { callerOf, mayCorrect } from './callers';
import { bearerToken } from './tokens';

type Headers = Record<string, string | string[] | undefined>;

const NO_TOKEN = 'Uploads and ingestion jobs need the header Authorization: Bearer <a token of API_ADMINS or API_REVIEWERS>.';
const READ_ONLY = 'This token may read the graph but not add to it: uploads and ingestion jobs need an admin or reviewer token.';

/** The name uploads and jobs are recorded under: an admin's or a reviewer's; null for anyone else. */
export function writerOf(options: Pick<ApiOptions, 'callers'>, headers: Headers | undefined): string | null {
  const caller = callerOf(options.callers, bearerToken(headers));
  return mayCorrect(caller) ? caller.name : null;
}

// Uploads and ingestion jobs, over GraphQL and over HTTP: an admin's or a reviewer's token.
@Injectable()
export class WriterGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    const graphql = context.getType<string>() === 'graphql';
    const headers: Headers | undefined = graphql
      ? GqlExecutionContext.create(context).getContext<GqlContext>().req?.headers
      : context.switchToHttp().getRequest<{ headers: Headers }>().headers;
    if (!bearerToken(headers)) throw graphql ? apiError('UNAUTHENTICATED', NO_TOKEN) : new UnauthorizedException(NO_TOKEN);
    if (!writerOf(this.options, headers)) throw graphql ? apiError('FORBIDDEN', READ_ONLY) : new ForbiddenException(READ_ONLY);
    return true;
  }
}
