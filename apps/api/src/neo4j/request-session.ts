import { bookmarkChain, type BookmarkManager, type Neo4jExecutor } from '@policy-graph/graph';
import type { GraphQLError } from 'graphql';
import { apiError } from '../common/errors';

/** How a request runs an executor: on its bookmark chain, its transactions counted. */
export type ExecutorBinding = (executor: Neo4jExecutor) => Neo4jExecutor;

/** A client hands back the bookmark of its last write here, and finds the one of this request's in the answer. */
export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

// Neo4j bookmarks are short printable strings (FB:…); a few of them at most, separated by commas.
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1_000;
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]+$/;

/** The bookmarks a request hands back in its header; a malformed header is the client's error, named. */
export function bookmarksFromHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const bookmarks = (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS) throw badBookmark(`${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS}`);
  const bad = bookmarks.find((b) => b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b));
  if (bad !== undefined) throw badBookmark('not a bookmark this API gave out');
  return bookmarks;
}

const badBookmark = (why: string) =>
  apiError('BAD_USER_INPUT', `${BOOKMARK_HEADER}: ${why}. Send back the header's value from an earlier answer, or leave it out.`);

/**
 * What one GraphQL request runs on Neo4j through: one bookmark chain that starts at the bookmarks the
 * client handed back and takes in those of every transaction the request runs, its reads and
 * writes alike, so that each of its transactions sees what the earlier ones wrote on any cluster
 * member; and a count of those transactions. Everything the request does goes through `bind`.
 */
export class RequestSession {
  private transactionCount = 0;
  private readonly chain: BookmarkManager;
  /** A malformed bookmark header: the request is refused with it before anything runs. */
  readonly refusal?: GraphQLError;

  constructor(bookmarkHeader?: string | string[]) {
    let handedBack: string[] = [];
    try {
      handedBack = bookmarksFromHeader(bookmarkHeader);
    } catch (error) {
      this.refusal = error as GraphQLError;
    }
    this.chain = bookmarkChain(handedBack);
  }

  /** Neo4j transactions this request has run. */
  get transactions(): number {
    return this.transactionCount;
  }

  /** Counts one transaction (those run through `bind` count themselves). */
  readonly countTransaction = (): void => {
    this.transactionCount++;
  };

  /** `executor` (the shared reader, or an upload's writer) as this request runs it: on its chain, counted. */
  readonly bind: ExecutorBinding = (executor) => executor.chained(this.chain, this.countTransaction);

  /** The chain's bookmarks now: after a write, those that make a later reader see it. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.chain.getBookmarks())];
  }
}
