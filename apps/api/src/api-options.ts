// What the API needs from the configuration, resolved once at boot.
export interface ApiOptions {
  host: string;
  port: number;
  writeToken: string | null;
  readsOpen: boolean;
  readToken: string | null;
  reviewers: { name: string; token: string }[];
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
