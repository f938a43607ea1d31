import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import type { Neo4jExecutor } from '@policy-graph/graph';
import type { ApiOptions } from '../api-options';
import { costPlugin, oneConsoleField } from './limits';
import { armor } from './armor';
import { observePlugin } from './observe-plugin';
import { rateLimiterOf, rateLimitPlugin } from './rate-limit';
import { formatError } from './format-error';
import { requestStatsPlugin } from './request-stats';
import { bookmarksPlugin } from './bookmarks-plugin';
import { requestContext, type GqlContext } from './request-context';
import { jitPlugin } from './jit-plugin';
import { withPlainFieldReads } from './plain-fields';
import { consolePostOnlyPlugin } from './post-only';
import { httpStatusPlugin } from './http-status';

// The explorer's largest operation has a few hundred tokens; GraphiQL's introspection about 300.
const MAX_TOKENS = 5_000;

// Apollo settings: schema in memory (the committed file is written by the schema emitter), no landing
// page (it loads from a CDN), no cache-control hints, rate limits, limits on depth, aliases, tokens and
// cost, no batched requests.
export function graphqlOptions(options: ApiOptions, executor: Neo4jExecutor): Omit<ApolloDriverConfig, 'driver'> {
  let schema: GraphQLSchema | undefined;
  const shape = armor({ maxDepth: options.maxDepth, maxAliases: options.maxAliases });
  return {
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: options.introspection,
    // "Did you mean …?" would spell out the schema that introspection is closed to hide.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    allowBatchedHttpRequests: false,
    // 200,000 repeated fields or 50,000 fragment spreads are refused by the parser, before any rule walks them.
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    // httpStatusPlugin sets the status of an answer without data; Nest's plugin would reset it to 200.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: [...shape.validationRules, oneConsoleField()],
    // No HTTP caching hints: answers depend on the graph, which changes on ingestion.
    plugins: [
      // first: a console query or upload over its limit is refused before any other hook runs
      rateLimitPlugin(rateLimiterOf(options)),
      ...shape.plugins,
      observePlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costPlugin(() => schema!, options.maxCost),
      requestStatsPlugin(),
      bookmarksPlugin(),
      consolePostOnlyPlugin(),
      httpStatusPlugin(),
      jitPlugin(() => schema!, formatError),
    ],
    transformSchema: (s: GraphQLSchema) => (schema = withPlainFieldReads(s)),
    formatError,
    context: ({ req }: { req: GqlContext['req'] }) => requestContext(req, executor, options.cypherTimeoutMs),
  };
}
