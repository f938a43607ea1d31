import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from './request-context';
import { BOOKMARK_HEADER } from '../neo4j/request-session';

// Read-your-writes across API processes and cluster members: every answer carries the bookmarks of
// its request's chain (after an upload or a correction, those of the write) in x-neo4j-bookmark; a
// client that sends them back in the same header is answered from a database that has them.
export function bookmarksPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.session.refusal) throw contextValue.session.refusal;
        },
        async willSendResponse({ response, contextValue }) {
          const bookmarks = await contextValue.session.bookmarks();
          if (bookmarks.length) response.http.headers.set(BOOKMARK_HEADER, bookmarks.join(','));
        },
      };
    },
  };
}
