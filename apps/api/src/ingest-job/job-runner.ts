import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { writeDocument, type IngestItem, type Neo4jExecutor, type WriteTransactionRunner } from '@policy-graph/graph';
import { documentsIngested, ingestJobs } from '../metrics/metrics';
import type { ApiOptions } from '../api-options';
import { API_OPTIONS, EXTRACTION_POOL, NEO4J_EXECUTOR } from '../neo4j/tokens';
import type { ExtractionPool } from '../extraction/extraction-pool';
import { fetchDocument } from './fetch-url';
import { uploadLimits } from './job-limits';
import { jobSourceKey } from './file-names';
import { JobStore } from './job-store';
import {
  CLAIM_NEXT,
  DOCUMENT_EXISTS,
  FAIL_FILE,
  FINISH_FILE,
  JOB_CANCELLED,
  JOBS_BY_STATE,
  LEASE_HOLDER,
  RELEASE_LEASE,
  REQUEUE_IN_FLIGHT,
  SET_FETCHED,
  SET_STATE,
  TAKE_LEASE,
  WORK_PENDING,
} from './job.queries';

// The lease outlives a few missed renewals; a stopped holder's files are taken over this long after.
const LEASE_TTL_MS = 15_000;
const TICK_MS = 1_000;
const METRICS_MS = 10_000;
const JOB_STATES = ['RUNNING', 'DONE', 'CANCELLED'] as const;
// a document's write has the time a large one needs, not a request's
const WRITE_TIMEOUT_MS = 300_000;
// a file's extraction has the time a long scan to OCR needs; past it its process is ended and the file fails
const EXTRACTION_TIMEOUT_MS = 600_000;

interface ClaimedFile {
  id: string;
  name: string;
  size: number | null;
  /** how many parts its bytes are stored in */
  chunks: number | null;
  /** bytes stored whole, by an API from before uploads were stored in parts */
  bytes: Int8Array | null;
  /** a file to fetch rather than an upload */
  url: string | null;
  jobId: string;
}

// Runs the queued files of ingestion jobs: reading (bytes from the store, already known?), extracting
// (in the pool's processes, off the event loop), loading (the document and the file's state in one
// transaction). One process of `kg serve --workers N` holds the lease and runs them; whichever holds
// it after a restart puts the files that were in flight back in the queue.
@Injectable()
export class IngestJobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ingest-jobs');
  private readonly me = `runner-${randomUUID()}`;
  private readonly busy = new Set<string>();
  // one file more than the pool has processes: the next is read while the others are extracted
  private readonly concurrency: number;
  private timer: NodeJS.Timeout | null = null;
  private metricsTimer: NodeJS.Timeout | null = null;
  private holding = false;
  private ticking = false;
  // woken while looking: look once more when done
  private again = false;
  private stopped = false;
  private writing: Promise<unknown> = Promise.resolve();

  private readonly fileLimit: number;
  private readonly store: JobStore;

  constructor(
    @Inject(NEO4J_EXECUTOR) private readonly executor: Neo4jExecutor,
    @Inject(API_OPTIONS) options: ApiOptions,
    @Inject(EXTRACTION_POOL) private readonly pool: ExtractionPool,
  ) {
    this.fileLimit = uploadLimits(options).fileBytes;
    this.concurrency = pool.size + 1;
    this.store = new JobStore(executor);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), TICK_MS);
    this.timer.unref();
    // every process sets the gauge, since a scrape is answered by any of them; the lease holder drops stale uploads
    this.metricsTimer = setInterval(() => void this.housekeeping().catch(() => undefined), METRICS_MS);
    this.metricsTimer.unref();
  }

  private async housekeeping(): Promise<void> {
    await this.publishJobStates();
    if (this.holding) await this.store.dropStaleUploads();
  }

  private async publishJobStates(): Promise<void> {
    const rows = await this.executor.read<{ state: (typeof JOB_STATES)[number]; jobs: number }>(JOBS_BY_STATE);
    for (const state of JOB_STATES) ingestJobs.set({ state }, rows.find((r) => r.state === state)?.jobs ?? 0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.metricsTimer) clearInterval(this.metricsTimer);
    if (this.holding) await this.executor.write(RELEASE_LEASE, { me: this.me }).catch(() => undefined);
  }

  // Looks for work now (a job was just started) rather than at the next tick.
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    this.tick()
      .catch((error: Error) => this.logger.warn(`ingestion jobs: ${error.message}`))
      .finally(() => {
        this.ticking = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async tick(): Promise<void> {
    if (!this.busy.size && !(await this.workPending())) {
      // nothing to do: the lease is given back, and an idle API writes nothing
      if (this.holding) await this.executor.write(RELEASE_LEASE, { me: this.me });
      this.holding = false;
      return;
    }
    if (!(await this.holdLease())) return;
    while (!this.stopped && this.busy.size < this.concurrency) {
      const [file] = await this.executor.write<ClaimedFile>(CLAIM_NEXT, { busy: [...this.busy] });
      if (!file) return;
      this.busy.add(file.id);
      void this.run(file).finally(() => {
        this.busy.delete(file.id);
        this.wake();
      });
    }
  }

  private async holdLease(): Promise<boolean> {
    const take = (gone: string | null) => this.executor.write<{ kept: boolean }>(TAKE_LEASE, { me: this.me, gone, host: hostname(), pid: process.pid, ttlMs: LEASE_TTL_MS });
    let [row] = await take(null);
    if (!row) {
      // a restarted API need not wait out the lease of the process it replaces
      const gone = await this.stoppedHolder();
      if (gone) [row] = await take(gone);
    }
    if (!row) {
      this.holding = false;
      return false;
    }
    if (!row.kept || !this.holding) {
      const [moved] = await this.executor.write<{ requeued: number }>(REQUEUE_IN_FLIGHT, {});
      if (moved.requeued) this.logger.log(`ingestion jobs: ${moved.requeued} files in flight when the last runner stopped are queued again`);
    }
    this.holding = true;
    return true;
  }

  private async workPending(): Promise<boolean> {
    const [row] = await this.executor.read<{ pending: boolean }>(WORK_PENDING);
    return !!row?.pending;
  }

  // The holder, when it is a process of this machine that no longer runs.
  private async stoppedHolder(): Promise<string | null> {
    const [lease] = await this.executor.read<{ holder: string | null; host: string | null; pid: number | null }>(LEASE_HOLDER);
    if (!lease?.holder || lease.host !== hostname() || !lease.pid || lease.pid === process.pid) return null;
    try {
      process.kill(lease.pid, 0);
      return null;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH' ? lease.holder : null;
    }
  }

  private async run(file: ClaimedFile): Promise<void> {
    const turn = this.writeTurn();
    try {
      const item = await this.prepare(file);
      await turn.ready;
      if (item.kind === 'failed') return await this.fail(file.id, 'failed', item.reason);
      if (await this.cancelled(file.jobId)) return await this.fail(file.id, 'cancelled', 'the job was cancelled before its document was written');
      await this.setState(file.id, 'loading');
      await this.load(file, item);
    } catch (error) {
      if (this.stopped) return;
      await this.fail(file.id, 'failed', `could not be written: ${(error as Error).message}`).catch(() => undefined);
    } finally {
      turn.release();
    }
  }

  // Documents are written one at a time in the order their files were claimed (a job's order), as
  // `kg ingest` writes a folder: a job run in pieces across restarts builds the graph a clean run builds.
  private writeTurn(): { ready: Promise<unknown>; release: () => void } {
    const ready = this.writing;
    let release = () => undefined as void;
    this.writing = new Promise<void>((done) => (release = done));
    return { ready, release };
  }

  // reading: the stored bytes (or the URL's), and whether their document is already in the graph;
  // extracting: on the pool
  private async prepare(file: ClaimedFile): Promise<IngestItem | { kind: 'unchanged'; documentId: string; file: string }> {
    const read = await this.read(file).catch((error: Error) => ({ failed: `${file.name} ${error.message}` }));
    if ('failed' in read) return { file: file.name, kind: 'failed', reason: read.failed };
    const { bytes, fileName, sourceKey } = read;
    if (!bytes.length) return { file: file.name, kind: 'failed', reason: 'the file is empty' };
    const documentId = createHash('sha256').update(bytes).digest('hex');
    const [known] = await this.executor.read<{ found: boolean }>(DOCUMENT_EXISTS, { id: documentId });
    if (known?.found) return { file: file.name, kind: 'unchanged', documentId };
    await this.setState(file.id, 'extracting');
    return this.pool.prepare({ file: fileName, sourceKey, bytes }, { timeoutMs: EXTRACTION_TIMEOUT_MS });
  }

  private async read(file: ClaimedFile): Promise<{ bytes: Uint8Array; fileName: string; sourceKey: string }> {
    if (file.url) {
      const fetched = await fetchDocument(file.url, this.fileLimit);
      await this.executor.write(SET_FETCHED, { id: file.id, size: fetched.bytes.length });
      // the URL is the source: a later version fetched from it replaces this one
      return { bytes: fetched.bytes, fileName: fetched.fileName, sourceKey: file.url };
    }
    const whole = file.bytes;
    const bytes = whole
      ? new Uint8Array(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength))
      : await this.store.uploadBytes(file.id, file.size ?? 0, file.chunks ?? 0);
    return { bytes, fileName: file.name, sourceKey: jobSourceKey(file.name) };
  }

  private async load(file: ClaimedFile, item: IngestItem | { kind: 'unchanged'; documentId: string }): Promise<void> {
    if (item.kind === 'unchanged' && 'documentId' in item) {
      await this.executor.write(FINISH_FILE, { id: file.id, documentId: item.documentId, status: 'unchanged' });
      documentsIngested.inc({ outcome: 'unchanged' });
      return;
    }
    if (item.kind !== 'rows') return;
    const documentId = item.rows.doc.id;
    // the file is done in the very transaction that writes its document: a restart finds both or neither
    const runner: WriteTransactionRunner = {
      executeWrite: (work) =>
        this.executor.executeWrite(
          async (tx) => {
            const result = await work(tx);
            const status = (result as { status?: string }).status ?? 'new';
            await tx.run(FINISH_FILE, { id: file.id, documentId, status: status === 'new' ? 'created' : status });
            return result;
          },
          { timeoutMs: WRITE_TIMEOUT_MS, metadata: { job: file.jobId } },
        ),
    };
    const written = await writeDocument(runner, item.rows);
    documentsIngested.inc({ outcome: written.status === 'new' ? 'created' : written.status });
  }

  private cancelled(jobId: string): Promise<boolean> {
    return this.executor.read<{ cancelled: boolean }>(JOB_CANCELLED, { jobId }).then(([row]) => !!row?.cancelled);
  }

  private async setState(id: string, state: 'extracting' | 'loading'): Promise<void> {
    await this.executor.write(SET_STATE, { id, state });
  }

  private async fail(id: string, state: 'failed' | 'cancelled', error: string): Promise<void> {
    await this.executor.write(FAIL_FILE, { id, state, error });
    if (state === 'failed') documentsIngested.inc({ outcome: 'failed' });
  }
}
