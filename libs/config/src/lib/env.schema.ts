import { z } from 'zod';
import { MIN_TOKEN_LENGTH, namedTokens } from './named-tokens';
import { tokenClashes } from './role-tokens';

// Defaults match the local launcher (bin/kg neo4j start), so a fresh clone needs no .env.
const port = z.coerce.number().int().min(1).max(65_535);
const positiveInt = z.coerce.number().int().positive();
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));
const boltUri = z
  .string()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/, {
    error: 'expected a Bolt URI such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io',
  });
const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, { error: 'expected a size such as 512m or 2g' });
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const token = z.string().min(MIN_TOKEN_LENGTH, { error: `use at least ${MIN_TOKEN_LENGTH} characters` });

export const envSchema = z
  .object({
    // neo4j:// routes: the same URI serves one machine and a cluster (it asks the server where to read and write)
    NEO4J_URI: boltUri.default('neo4j://127.0.0.1:7687'),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, { error: 'Neo4j requires at least 8 characters' }).default('policy-graph'),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_HOME: z.string().min(1).default('.neo4j'),
    NEO4J_HEAP: memorySize.default('2g'),
    NEO4J_PAGECACHE: memorySize.default('1g'),
    POLICY_GRAPH_CACHE: z.string().min(1).optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    // two processes: one event loop per core of a small server; Neo4j runs its own threads beside them
    API_WORKERS: positiveInt.max(64).default(2),
    // V8 old-space ceiling of each `kg serve` worker, in MiB: a runaway answer stops one worker, which is replaced
    API_WORKER_HEAP_MB: positiveInt.min(128).max(65_536).default(768),
    API_WRITE_TOKEN: token.optional(),
    API_READS_OPEN: flag.default(true),
    API_READ_TOKEN: token.optional(),
    // each a name=token list: whatever a person does is logged under the name
    API_READERS: namedTokens('reader').default([]),
    API_REVIEWERS: namedTokens('reviewer').default([]),
    API_ADMINS: namedTokens('admin').default([]),
    CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
    CYPHER_ROW_LIMIT: positiveInt.default(5_000),
    // what one console answer may weigh as JSON, and how many console queries one caller runs at once
    CYPHER_BYTE_LIMIT: positiveInt.default(5 * 1024 * 1024),
    CYPHER_CONCURRENCY: positiveInt.max(100).default(2),
    GRAPHQL_INTROSPECTION: flag.default(true),
    // origins allowed to call the API from a browser (comma-separated); unset: none but the API's own
    CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url()))
      .default([]),
    BODY_LIMIT_BYTES: positiveInt.default(10 * 1024 * 1024),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    // requests one caller (a known token, else an address) may send per window, in all and to the costly fields
    RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    RATE_LIMIT_REQUESTS: positiveInt.default(1_200),
    RATE_LIMIT_CONSOLE: positiveInt.default(60),
    RATE_LIMIT_UPLOADS: positiveInt.default(60),
  })
  .superRefine((env, ctx) => {
    if (!env.API_READS_OPEN && !env.API_READ_TOKEN && !env.API_READERS.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_READ_TOKEN'],
        message: 'required when API_READS_OPEN is false, unless API_READERS names readers',
      });
    }
    for (const clash of tokenClashes(env)) ctx.addIssue({ code: 'custom', path: [clash.variable], message: clash.message });
  });

export type Env = z.output<typeof envSchema>;
