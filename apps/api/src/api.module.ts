import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from '@policy-graph/config';
import type { Neo4jExecutor } from '@policy-graph/graph';
import type { ApiOptions } from './api-options';
import { ReadAccessGuard } from './auth/read-access.guard';
import { ReviewerGuard } from './auth/reviewer.guard';
import { AdminGuard } from './auth/admin.guard';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { LoggingModule } from './logging/logging.module';
import { IngestJobModule } from './ingest-job/ingest-job.module';
import { MetricsController } from './metrics/metrics.controller';
import { API_OPTIONS, EXTRACTION_POOL, INGESTER, NEO4J_EXECUTOR, REWRITER, SAVED_QUERIES } from './neo4j/tokens';
import { RESOLVERS, SERVICES } from './features';
import type { SavedQueryCatalog } from './saved-query/saved-query.service';
import type { Ingester } from './ingest/ingest.service';
import type { ExecutorBinding } from './neo4j/request-session';
import type { ExtractionPool } from './extraction/extraction-pool';

// Everything the API is built from, made by the caller (CLI `serve`, tests): no globals, no env.
export interface ApiDeps {
  options: ApiOptions;
  /** Health checks use it; each GraphQL request reads through its own counted view of it. */
  executor: Neo4jExecutor;
  savedQueries: SavedQueryCatalog;
  ingester: Ingester;
  /** The extraction processes, shared by the ingester and the runner of ingestion jobs. */
  extraction: ExtractionPool;
  /** Writes documents again from their stored text (after a correction); returns how many. */
  rewriter: (documentIds: string[], bind?: ExecutorBinding) => Promise<number>;
}

@Global()
@Module({})
class DepsModule {
  static with(deps: ApiDeps): DynamicModule {
    const providers: Provider[] = [
      { provide: API_OPTIONS, useValue: deps.options },
      { provide: NEO4J_EXECUTOR, useValue: deps.executor },
      { provide: SAVED_QUERIES, useValue: deps.savedQueries },
      { provide: INGESTER, useValue: deps.ingester },
      { provide: REWRITER, useValue: deps.rewriter },
      { provide: EXTRACTION_POOL, useValue: deps.extraction },
    ];
    return { module: DepsModule, providers, exports: providers };
  }
}

@Module({})
export class ApiModule {
  static forRoot(deps: ApiDeps, logger: Logger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggingModule.forRoot(logger),
        DepsModule.with(deps),
        IngestJobModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(deps.options, deps.executor) }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [...SERVICES, ...RESOLVERS, AdminGuard, ReviewerGuard, { provide: APP_GUARD, useClass: ReadAccessGuard }],
    };
  }
}
