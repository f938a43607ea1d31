import type { Caller } from './auth/callers';

// What the API needs from the configuration, resolved once at boot.
export interface ApiOptions {
  host: string;
  port: number;
  readsOpen: boolean;
  /** every token the server knows, with its role and name */
  callers: Caller[];
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  bodyLimitBytes: number;
  ingestLimitBytes: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  webDir: string | null;
  queriesDir: string;
}
