import { timingSafeEqual } from 'node:crypto';

type Headers = Record<string, string | string[] | undefined>;

export function bearerToken(headers: Headers | undefined): string | null {
  const value = headers?.authorization;
  const header = Array.isArray(value) ? value[0] : value;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

// Constant-time comparison, so response times do not leak how much of a token matched.
export function sameToken(given: string | null, expected: string | null): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
