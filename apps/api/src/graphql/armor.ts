import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

export interface ArmorLimits {
  /** levels of fields, a root field being level 1; fragments add no level */
  maxDepth: number;
  /** aliased fields in one operation, fragments included */
  maxAliases: number;
}

const found = (error: GraphQLError) => Number(/found (\d+)/.exec(error.message)?.[1]) || undefined;

// The armor's own messages start with "Syntax Error:" and say nothing of what to do: each refusal is
// reported as a validation error in the API's words instead.
function refuse(message: (error: GraphQLError) => string): RejectCallback {
  return (context, error) => context?.reportError(new GraphQLError(message(error), { extensions: { code: 'QUERY_TOO_COMPLEX' } }));
}

/**
 * graphql-armor's limits on the shape of a query: depth, aliases, directives, and no "did you mean"
 * suggestions in errors. What a query costs is graphql-query-complexity's (see limits.ts).
 *
 * Its token limit is left to graphql-js's parser (`parseOptions.maxTokens`, the same count): the
 * armor's Apollo plugin throws from a hook that runs before Apollo's error handling, so a long query
 * would be answered 500 instead of 400 GRAPHQL_PARSE_FAILED.
 */
export function armor(limits: ArmorLimits) {
  return new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        refuse((e) => `The query exceeds maximum operation depth of ${limits.maxDepth} (it is ${found(e) ?? 'deeper'}); ask for fewer nested levels.`),
      ],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        refuse((e) => `The request uses more than ${limits.maxAliases} aliases (${found(e) ?? 'more'}); split it into several requests.`),
      ],
    },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
    // cost is graphql-query-complexity's; directives are few in any real query
    costLimit: { enabled: false },
    maxDirectives: { n: 50 },
  }).protect();
}
