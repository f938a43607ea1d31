import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ASTVisitor } from 'graphql';

export interface LimitOptions {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

// Each aliased field is one more resolver call: cap them so one request cannot fan out unboundedly.
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(
            new GraphQLError(`The request uses more than ${maxAliases} aliases; split it into several requests.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

export function depthRule(maxDepth: number) {
  return depthLimit(maxDepth);
}

const MEMO_SIZE = 500;

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
            cost = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
            if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
            memo.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(`The query costs ${cost}; the limit is ${maxCost}. Ask for fewer fields or smaller pages.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
            });
          }
        },
      };
    },
  };
}

