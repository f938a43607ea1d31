import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import type { Neo4jExecutor } from '@policy-graph/graph';
import type { ApiOptions } from '../api-options';
import { aliasLimit, costPlugin, depthRule } from './limits';
import { formatError } from './format-error';
import { requestStatsPlugin } from './request-stats';
import { requestContext, type GqlContext } from './request-context';
import { jitPlugin } from './jit-plugin';
import { withPlainFieldReads } from './plain-fields';

// Apollo settings: schema in memory (the committed file is written by the schema emitter),
// no landing page (it loads from a CDN), no cache-control hints, limits on depth, cost and aliases, no batched requests.
export function graphqlOptions(options: ApiOptions, executor: Neo4jExecutor): Omit<ApolloDriverConfig, 'driver'> {
  let schema: GraphQLSchema | undefined;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule(options.maxDepth), aliasLimit(options.maxAliases)],
    // No HTTP caching hints: answers depend on the graph, which changes on ingestion.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costPlugin(() => schema!, options.maxCost),
      requestStatsPlugin(),
      jitPlugin(() => schema!, formatError),
    ],
    transformSchema: (s: GraphQLSchema) => (schema = withPlainFieldReads(s)),
    formatError,
    context: ({ req }: { req: GqlContext['req'] }) => requestContext(req, executor, options.cypherTimeoutMs),
  };
}
