import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

// Fields that run an analyst's Cypher: a GET (a link, an <img>, a cross-site form) must not trigger them.
const CONSOLE_FIELDS = new Set(['cypher', 'runSavedQuery']);

// Root fields, through inline fragments and fragment spreads.
function selectsConsole(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return CONSOLE_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsConsole(s.selectionSet, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return selectsConsole(fragment.selectionSet, fragments, seen);
  });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const defs = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return new Map(defs.map((d) => [d.name.value, d]));
}

/** The console by POST only: a GET that selects it is refused with 405. */
export function consolePostOnlyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return {};
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation || !selectsConsole(operation.selectionSet, fragmentsOf(document))) return;
          throw new GraphQLError('The Cypher console answers POST requests only.', {
            extensions: { code: 'METHOD_NOT_ALLOWED', http: { status: 405 } },
          });
        },
      };
    },
  };
}
