import { z } from 'zod';

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
const token = z.string().min(16, { error: 'use at least 16 characters' });
// name=token pairs, comma-separated: each reviewer's corrections carry the name
const reviewers = z
  .string()
  .transform((value, ctx) => {
    const out: { name: string; token: string }[] = [];
    for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
      const at = pair.indexOf('=');
      const name = at > 0 ? pair.slice(0, at).trim() : '';
      const secret = at > 0 ? pair.slice(at + 1).trim() : '';
      if (!name || secret.length < 16) ctx.addIssue({ code: 'custom', message: `"${name || pair.slice(0, 12)}…": expected name=token with a token of at least 16 characters` });
      else if (out.some((r) => r.name === name || r.token === secret)) ctx.addIssue({ code: 'custom', message: `"${name}": each reviewer needs a name and a token of their own` });
      else out.push({ name, token: secret });
    }
    return out;
  });

export const envSchema = z
  .object({
    NEO4J_URI: boltUri.default('bolt://127.0.0.1:7687'),
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
    API_WRITE_TOKEN: token.optional(),
    API_READS_OPEN: flag.default(true),
    API_READ_TOKEN: token.optional(),
    API_REVIEWERS: reviewers.default([]),
    CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
    CYPHER_ROW_LIMIT: positiveInt.default(5_000),
    BODY_LIMIT_BYTES: positiveInt.default(10 * 1024 * 1024),
  })
  .superRefine((env, ctx) => {
    if (!env.API_READS_OPEN && !env.API_READ_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_READ_TOKEN'],
        message: 'required when API_READS_OPEN is false',
      });
    }
  });

export type Env = z.output<typeof envSchema>;
