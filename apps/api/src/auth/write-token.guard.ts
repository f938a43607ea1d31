import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { bearerToken, sameToken } from './tokens';

@Injectable()
export class WriteTokenGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.options.writeToken) {
      throw apiError('FORBIDDEN', 'Writes are disabled: set API_WRITE_TOKEN in the configuration to enable ingestion.');
    }
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    const token = bearerToken(ctx.req?.headers);
    if (!token) throw apiError('UNAUTHENTICATED', 'This mutation needs the header Authorization: Bearer <API_WRITE_TOKEN>.');
    if (!sameToken(token, this.options.writeToken)) throw apiError('FORBIDDEN', 'The bearer token is not the write token.');
    return true;
  }
}
