import type { LogLevel } from '@policy-graph/config';
import type { Caller } from './auth/callers';
import type { RateLimits } from './graphql/rate-limit';

// What the API needs from the configuration, resolved once at boot.
export interface ApiOptions {
  host: string;
  port: number;
  readsOpen: boolean;
  /** every token the server knows, with its role and name */
  callers: Caller[];
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  /** largest console answer, bytes of JSON */
  cypherByteLimit: number;
  /** console queries one caller may run at once */
  cypherConcurrency: number;
  /** browser origins allowed by CORS; empty: none */
  corsOrigins: string[];
  /** GraphQL introspection (the IDE needs it); off also hides field suggestions in errors */
  introspection: boolean;
  bodyLimitBytes: number;
  ingestLimitBytes: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** requests per caller and window, in all and to the console and uploads */
  rateLimit: RateLimits;
  /** level of the JSON log (one line per request at info) */
  logLevel: LogLevel;
  webDir: string | null;
  queriesDir: string;
}
