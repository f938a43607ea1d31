import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { callerOf, isAdmin } from './callers';
import { bearerToken } from './tokens';

// Ingesting, deleting and re-extracting need an admin's token (API_ADMINS, or API_WRITE_TOKEN).
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(@Inject(API_OPTIONS) private readonly options: ApiOptions) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.options.callers.some((c) => c.role === 'ADMIN')) {
      throw apiError('FORBIDDEN', 'Writes are disabled: name an admin in API_ADMINS (or set API_WRITE_TOKEN) to enable ingestion.');
    }
    const token = bearerToken(GqlExecutionContext.create(context).getContext<GqlContext>().req?.headers);
    if (!token) throw apiError('UNAUTHENTICATED', 'This mutation needs the header Authorization: Bearer <an admin token of API_ADMINS or API_WRITE_TOKEN>.');
    if (!isAdmin(callerOf(this.options.callers, token))) throw apiError('FORBIDDEN', 'The bearer token is not an admin token.');
    return true;
  }
}
