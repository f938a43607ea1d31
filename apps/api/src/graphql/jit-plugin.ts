import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

const MEMO_SIZE = 200;

type Format = (formatted: GraphQLFormattedError) => GraphQLFormattedError;

// As Apollo words an execution error: the GraphQL error's JSON with a code (INTERNAL_SERVER_ERROR
// when it has none), then our formatError.
function formatted(error: GraphQLError, format: Format): GraphQLFormattedError {
  const json = error.toJSON();
  return format({ ...json, extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } });
}

/**
 * Queries run through graphql-jit: compiled once per text, an operation then executes without
 * graphql-js walking the selection field by field for every list item, which is most of a large
 * answer's GraphQL cost. Mutations, and anything graphql-jit cannot compile, take Apollo's usual path.
 * Parsing, validation, the depth and cost limits and every other plugin hook run as before.
 */
export function jitPlugin(schema: () => GraphQLSchema, format: Format): ApolloServerPlugin {
  const compiled = new Map<string, CompiledQuery | null>();
  const compile = (key: string, build: () => ReturnType<typeof compileQuery>): CompiledQuery | null => {
    let query = compiled.get(key);
    if (query === undefined) {
      const result = build() as CompiledQuery | ExecutionResult;
      query = isCompiledQuery(result) ? result : null;
      if (compiled.size >= MEMO_SIZE) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, query);
    }
    return query;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          if (ctx.operation?.operation !== 'query') return null;
          const query = compile(`${ctx.operationName ?? ''}\n${ctx.source}`, () =>
            compileQuery(schema(), ctx.document, ctx.operationName ?? undefined),
          );
          if (!query) return null;
          const result = await query.query(undefined, ctx.contextValue, ctx.request.variables ?? {});
          const errors = result.errors?.map((e) => formatted(e as GraphQLError, format));
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data, ...(errors?.length ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
