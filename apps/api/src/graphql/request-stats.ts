import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from '../graphql/request-context';

// Every answer says how many Neo4j transactions it took (extensions.cypherQueries): clients and tests can see batching at work.
export function requestStatsPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            const { singleResult } = response.body;
            singleResult.extensions = { ...singleResult.extensions, cypherQueries: contextValue.stats.cypherQueries };
          }
        },
      };
    },
  };
}
