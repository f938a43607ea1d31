import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

// Fields that run an analyst's Cypher: a GET (a link, an <img>, a cross-site form) must not trigger them.
export const CONSOLE_FIELDS: ReadonlySet<string> = new Set(['cypher', 'runSavedQuery']);

/** Whether a selection set names one of `fields` at its own level, through inline fragments and fragment spreads. */
export function selectsField(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  fields: ReadonlySet<string>,
  seen = new Set<string>(),
): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return fields.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsField(s.selectionSet, fragments, fields, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return selectsField(fragment.selectionSet, fragments, fields, seen);
  });
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
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
          if (!operation || !selectsField(operation.selectionSet, fragmentsOf(document), CONSOLE_FIELDS)) return;
          throw new GraphQLError('The Cypher console answers POST requests only.', {
            extensions: { code: 'METHOD_NOT_ALLOWED', http: { status: 405 } },
          });
        },
      };
    },
  };
}
