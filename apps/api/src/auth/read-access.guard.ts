import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { bearerToken, sameToken } from './tokens';

// Reads are open unless API_READS_OPEN=false; then the read (or write) token is required.
@Injectable()
export class ReadAccessGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql' || this.options.readsOpen) return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo()?.parentType?.name === 'Mutation') return true;
    const token = bearerToken(gql.getContext<GqlContext>().req?.headers);
    if (!token) throw apiError('UNAUTHENTICATED', 'Reads are closed on this server: send Authorization: Bearer <API_READ_TOKEN>.');
    if (sameToken(token, this.options.readToken) || sameToken(token, this.options.writeToken) || this.options.reviewers.some((r) => sameToken(token, r.token))) return true;
    throw apiError('FORBIDDEN', 'The bearer token is neither the read nor the write token.');
  }
}
