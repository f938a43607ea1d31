import type { Config } from '@policy-graph/config';
import { DEFAULT_SAVED_QUERIES_DIR, loadGazetteer, Neo4jExecutor, rewriteDocuments } from '@policy-graph/graph';
import { join } from 'node:path';
import type { ApiDeps } from './api.module';
import type { ApiOptions } from './api-options';
import { callersFrom } from './auth/callers';
import { createIngester, type PipelineDeps } from './ingest/ingest.pipeline';
import { ExtractionPool, extractionProcesses } from './extraction/extraction-pool';
import type { Ingester } from './ingest/ingest.service';
import type { ExecutorBinding } from './neo4j/request-session';
import { fileCatalog } from './saved-query/saved-query.catalog';

// Transient errors (a leader switch, a deadlock) are retried this long; a refused connection fails after it.
const API_RETRY_MS = 3_000;
// Longer than a cypher timeout would be pointless: the pool is only exhausted under heavy load.
const API_ACQUISITION_TIMEOUT_MS = 10_000;
// Below the acquisition timeout, so a host that drops packets fails each attempt quickly.
const API_CONNECT_TIMEOUT_MS = 5_000;
// A frozen Neo4j answers nothing, not even its own timeout: each call gives up this long after it.
const API_DEADLINE_GRACE_MS = 5_000;

// One upload's extraction (in a process of the extraction pool): it must answer well within a client's
// patience, waiting at most as long for a process the files of jobs hold; a bigger or slower document belongs in a job.
const UPLOAD_EXTRACTION = { timeoutMs: 20_000, waitMs: 20_000 };
// an extraction process's heap: a document past it ends that process, never the API
const EXTRACTION_HEAP_MB = 512;
// what a .docx (or another zip-based document) may unpack to, in uploads of the largest body
const UNPACKED_PER_BODY_BYTE = 10;

// Depth counts levels of fields, a root field being level 1 (fragments add none).
export const GRAPHQL_LIMITS = { maxDepth: 11, maxCost: 5_000, maxAliases: 30 };

export function apiOptionsFrom(config: Config, repoRoot: string): ApiOptions {
  return {
    host: config.api.host,
    port: config.api.port,
    readsOpen: config.api.readsOpen,
    callers: callersFrom(config.api),
    cypherTimeoutMs: config.cypher.timeoutMs,
    cypherRowLimit: config.cypher.rowLimit,
    cypherByteLimit: config.cypher.byteLimit,
    cypherConcurrency: config.cypher.concurrency,
    corsOrigins: config.api.corsOrigins,
    introspection: config.api.introspection,
    bodyLimitBytes: config.api.bodyLimitBytes,
    ingestLimitBytes: config.api.bodyLimitBytes,
    ...GRAPHQL_LIMITS,
    rateLimit: config.rateLimit,
    logLevel: config.logLevel,
    webDir: join(repoRoot, 'dist', 'web'),
    queriesDir: join(repoRoot, 'graph', 'queries'),
  };
}

export interface OwnedDeps extends ApiDeps {
  close(): Promise<void>;
}

// Everything the API runs on, from validated configuration; the caller closes it.
export function apiDepsFrom(config: Config, repoRoot: string, overrides: Partial<ApiOptions> = {}): OwnedDeps {
  const options = { ...apiOptionsFrom(config, repoRoot), ...overrides };
  // A request must fail soon when Neo4j is away: a user waits on it, and /health already says why.
  const executor = Neo4jExecutor.connect({
    ...config.neo4j,
    appName: 'policy-graph-api',
    defaultTimeoutMs: options.cypherTimeoutMs,
    maxRetryTimeMs: API_RETRY_MS,
    acquisitionTimeoutMs: API_ACQUISITION_TIMEOUT_MS,
    connectTimeoutMs: API_CONNECT_TIMEOUT_MS,
    deadlineGraceMs: API_DEADLINE_GRACE_MS,
  });
  // One set of extraction processes for uploads and jobs alike, started on the first document.
  const extraction = new ExtractionPool({ processes: extractionProcesses(), heapMb: EXTRACTION_HEAP_MB, unpackedBytes: UNPACKED_PER_BODY_BYTE * options.ingestLimitBytes });
  // Uploads write through their own executor with the driver's usual retries (deadlocks retry for 30 s).
  // It loads on the first upload, so the API starts fast.
  let loaded: (Omit<PipelineDeps, 'writer'> & { writer: Neo4jExecutor }) | null = null;
  const ingester: Ingester = async (bytes, fileName, meta, bind) => {
    if (!loaded) {
      const writer = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-api' });
      loaded = { extract: (b, name, m) => extraction.extract(b, name, m, UPLOAD_EXTRACTION), gazetteer: loadGazetteer(), writer };
    }
    const writer = bind ? bind(loaded.writer) : loaded.writer;
    return createIngester({ ...loaded, writer })(bytes, fileName, meta);
  };
  // a correction's documents are written again through their own executor, the extractor loaded then
  let rewriteWriter: Neo4jExecutor | null = null;
  let rewriteGazetteer: ReturnType<typeof loadGazetteer> | null = null;
  const rewriter = async (ids: string[], bind?: ExecutorBinding) => {
    if (!ids.length) return 0;
    const { extractText } = await import('@policy-graph/extract');
    rewriteWriter ??= Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-api' });
    rewriteGazetteer ??= loadGazetteer();
    return rewriteDocuments(bind ? bind(rewriteWriter) : rewriteWriter, ids, rewriteGazetteer, extractText);
  };
  return {
    options,
    executor,
    savedQueries: fileCatalog(options.queriesDir ?? DEFAULT_SAVED_QUERIES_DIR),
    ingester,
    extraction,
    rewriter,
    close: async () => {
      await Promise.all([executor.close(), loaded?.writer.close(), extraction.close(), rewriteWriter?.close()]);
    },
  };
}
