import { apiError } from './errors';
import type { Page } from './page.model';

const MAX_PAGE = 500;

export interface Window {
  skip: number;
  limit: number;
}

// Cursors are opaque: base64 of the offset after the last item returned.
export function pageWindow(first: number, after?: string | null): Window {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw apiError('BAD_USER_INPUT', `first must be an integer from 1 to ${MAX_PAGE}, got ${first}`);
  }
  return { skip: after ? decodeCursor(after) : 0, limit: first };
}

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw apiError('BAD_USER_INPUT', `after: "${cursor}" is not a cursor returned by this API`);
  return Number(match[1]);
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64');
}

export function toPage<T>(nodes: T[], totalCount: number, window: Window): Page<T> {
  const end = window.skip + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: { endCursor: nodes.length ? encodeCursor(end) : null, hasNextPage: end < totalCount },
  };
}
