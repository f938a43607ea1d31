import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { callerOf } from './callers';
import { bearerToken } from './tokens';

// Reads are open unless API_READS_OPEN=false; then any token the server knows is required.
@Injectable()
export class ReadAccessGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql' || this.options.readsOpen) return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo()?.parentType?.name === 'Mutation') return true;
    const token = bearerToken(gql.getContext<GqlContext>().req?.headers);
    if (!token) throw apiError('UNAUTHENTICATED', 'Reads are closed on this server: send Authorization: Bearer <your token of API_READERS, or API_READ_TOKEN>.');
    if (callerOf(this.options.callers, token)) return true;
    throw apiError('FORBIDDEN', 'The bearer token is none the server knows: use a token of API_READERS, API_REVIEWERS or API_ADMINS (or the read or write token).');
  }
}
