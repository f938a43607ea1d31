import { z } from 'zod';
import { Env, envSchema, LOG_LEVELS } from './env.schema';
import type { NamedToken } from './named-tokens';

export interface Config {
  neo4j: {
    uri: string;
    username: string;
    password: string;
    database: string;
    /** Folder of the local launcher's instance (relative paths are relative to the repository). */
    home: string;
    heap: string;
    pagecache: string;
    cacheDir?: string;
  };
  api: {
    host: string;
    port: number;
    /** Processes of `kg serve` sharing the port. */
    workers: number;
    /** V8 old-space ceiling of each worker, MiB (--max-old-space-size). */
    workerHeapMb: number;
    writeToken?: string;
    readsOpen: boolean;
    readToken?: string;
    /** named readers: with reads closed, each token opens them */
    readers: NamedToken[];
    /** named reviewers who may correct the graph */
    reviewers: NamedToken[];
    /** named admins who may also ingest, delete and re-extract (API_WRITE_TOKEN is one more, `admin`) */
    admins: NamedToken[];
    bodyLimitBytes: number;
    /** browser origins allowed by CORS; empty: none */
    corsOrigins: string[];
    /** GraphQL introspection; off also hides field suggestions */
    introspection: boolean;
  };
  cypher: { timeoutMs: number; rowLimit: number; byteLimit: number; concurrency: number };
  /** pino level of the API's and the CLI's JSON logs */
  logLevel: LogLevel;
  /** per caller and window: every request, console queries, uploads */
  rateLimit: { windowMs: number; requests: number; console: number; uploads: number };
}

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ConfigIssue {
  variable: string;
  message: string;
}

/** One error for every bad variable, so a person fixes them all in one go. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';

  constructor(readonly issues: ConfigIssue[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.variable}: ${i.message}`).join('; ')}`);
  }
}

/** Validates the environment (pass process.env) and returns typed config, or throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) throw new ConfigError(issuesOf(parsed.error));
  return toConfig(parsed.data);
}

// `FOO=` in a shell or compose file means "not set", not "the empty string".
function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

function issuesOf(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message }));
}

function toConfig(env: Env): Config {
  return {
    neo4j: {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      home: env.NEO4J_HOME,
      heap: env.NEO4J_HEAP,
      pagecache: env.NEO4J_PAGECACHE,
      cacheDir: env.POLICY_GRAPH_CACHE,
    },
    api: {
      host: env.HOST,
      port: env.PORT,
      workers: env.API_WORKERS,
      workerHeapMb: env.API_WORKER_HEAP_MB,
      writeToken: env.API_WRITE_TOKEN,
      readsOpen: env.API_READS_OPEN,
      readToken: env.API_READ_TOKEN,
      readers: env.API_READERS,
      reviewers: env.API_REVIEWERS,
      admins: env.API_ADMINS,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS,
      introspection: env.GRAPHQL_INTROSPECTION,
    },
    cypher: {
      timeoutMs: env.CYPHER_TIMEOUT_MS,
      rowLimit: env.CYPHER_ROW_LIMIT,
      byteLimit: env.CYPHER_BYTE_LIMIT,
      concurrency: env.CYPHER_CONCURRENCY,
    },
    logLevel: env.LOG_LEVEL,
    rateLimit: {
      windowMs: env.RATE_LIMIT_WINDOW_MS,
      requests: env.RATE_LIMIT_REQUESTS,
      console: env.RATE_LIMIT_CONSOLE,
      uploads: env.RATE_LIMIT_UPLOADS,
    },
  };
}
