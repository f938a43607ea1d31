import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext, type ASTVisitor } from 'graphql';

const CONSOLE_FIELDS = new Set(['cypher', 'runSavedQuery']);

// One console transaction per request, refused before any runs (fragments are visited as well).
export function oneConsoleField() {
  return (context: ValidationContext): ASTVisitor => {
    let seen = 0;
    return {
      Field(node) {
        if (!CONSOLE_FIELDS.has(node.name.value) || context.getParentType()?.name !== 'Query') return;
        if (++seen === 2) {
          context.reportError(
            new GraphQLError('A request may run one console query (cypher or runSavedQuery); send the others as separate requests.', {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

const MEMO_SIZE = 500;

// The estimators run the resolvers' complexity functions on the caller's arguments (a negative
// `first`, a bad variable): whatever they throw is the caller's error, not the server's.
function costOf(schema: GraphQLSchema, operationName: string | undefined | null, document: DocumentNode, variables: Record<string, unknown> | undefined): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      operationName: operationName ?? undefined,
      query: document,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    throw new GraphQLError(`The query's arguments could not be costed: ${(error as Error).message}`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (!Number.isFinite(cost) || cost < 0) {
    throw new GraphQLError('A size argument (first, limit) is negative or not a number; sizes are whole numbers from 0.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return cost;
}

// Cost: 1 per field, list fields multiplied by their first/limit argument (see complexity in the resolvers).
// Clients repeat the same operations, so costs are remembered per query text and variables.
export function costPlugin(schema: () => GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const memo = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''}\n${request.query ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let cost = memo.get(key);
          if (cost === undefined) {
            cost = costOf(schema(), request.operationName, document, request.variables);
            if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
            memo.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(`The query costs ${cost}; the limit is ${maxCost}. Ask for fewer fields or smaller pages.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

