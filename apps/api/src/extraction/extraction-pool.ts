import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { IngestItem } from '@policy-graph/graph';
import type { Extraction } from '@policy-graph/model';
import { unpackedSizeProblem } from '../ingest/unpacked-size';
import type { ExtractTask, PrepareTask } from './extraction.worker';

export interface ExtractionPoolOptions {
  /** threads: each holds its own copy of the extractor (the word dictionary and the rules) */
  threads: number;
  /** V8 heap of one thread, MiB: a document past it ends its thread */
  heapMb: number;
  /** what one zip-based document (.docx …) may declare its parts unpack to */
  unpackedBytes: number;
  /** where each document's temporary folder is made (the system's temporary folder by default) */
  scratchRoot?: string;
}

export interface ExtractionDeadline {
  /** wall-clock of the document's extraction on its thread: past it the thread is ended */
  timeoutMs: number;
  /** how long it may wait for a free thread before it is refused (none: as long as it takes) */
  waitMs?: number;
}

export type DocumentMeta = ExtractTask['meta'];

/** No thread came free within the wait the caller gave. */
export class ExtractionBusyError extends Error {
  constructor(waitMs: number) {
    super(`every extraction thread was busy for ${waitMs / 1000} s`);
    this.name = 'ExtractionBusyError';
  }
}

// One thread per core but the one the event loop needs, so requests are answered during a big job.
export function extractionThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

// Compiled (dist/node) the worker is JavaScript; from the sources its thread registers swc first.
const COMPILED = __filename.endsWith('.js');
const IDLE_MS = 60_000;
// A program a killed thread started (LibreOffice, pdftoppm, tesseract) runs until its own deadline
// (at most 120 s): its task's folder is removed once more after that, in case it wrote there.
const LATE_TOOLS_MS = 130_000;
const SCRATCH_PREFIX = 'policy-graph-extract-';
const logger = new Logger('extraction');

interface Waiting {
  /** a person waits on it (ingestDocument): served before the files of jobs */
  urgent: boolean;
  start(): void;
}

/**
 * The API's extraction threads, shared by single uploads (ingestDocument) and the files of ingestion
 * jobs, so the process holds one set of extractors. A document past its deadline or its thread's
 * heap ends that thread (piscina starts another for the next document) and fails with the reason.
 * A deadline counts from when the document gets a thread: the pool hands out no more documents than
 * it has threads, a person's upload before a job's files. Each document reads in a temporary folder
 * of its own, made and removed here, so a thread ended mid-document leaves nothing behind.
 */
export class ExtractionPool {
  private pool: Piscina | null = null;
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private readonly lateSweeps = new Set<NodeJS.Timeout>();

  constructor(
    private readonly options: ExtractionPoolOptions,
    private readonly workerFile = require.resolve('./extraction.worker'),
  ) {}

  get threads(): number {
    return this.options.threads;
  }

  /** Threads started now (none until the first document, and after a minute idle). */
  get alive(): number {
    return this.pool?.threads.length ?? 0;
  }

  /** The extraction of one upload; throws the reason it could not be read. */
  async extract(bytes: Uint8Array, fileName: string, meta: DocumentMeta, deadline: ExtractionDeadline): Promise<Extraction> {
    const problem = unpackedSizeProblem(bytes, this.options.unpackedBytes);
    if (problem) throw new Error(problem);
    // not handed over: a small Buffer may be a view of Node's shared pool
    return this.run<Extraction>('extract', (scratch) => ({ scratch, bytes, fileName, meta }), deadline, true, []);
  }

  /** Extraction and rows of a job's file; never throws: a document that could not be read is a failed item. */
  async prepare(request: Omit<PrepareTask, 'scratch'>, deadline: ExtractionDeadline): Promise<IngestItem> {
    const problem = unpackedSizeProblem(request.bytes, this.options.unpackedBytes);
    if (problem) return { file: request.sourceKey, kind: 'failed', reason: problem };
    try {
      // handed over to the thread when the bytes are a buffer of their own (a job's file read from the store)
      const own = request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength;
      return await this.run<IngestItem>('prepare', (scratch) => ({ ...request, scratch }), deadline, false, own ? [request.bytes.buffer as ArrayBuffer] : []);
    } catch (error) {
      return { file: request.sourceKey, kind: 'failed', reason: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    for (const sweep of this.lateSweeps) clearTimeout(sweep);
    this.lateSweeps.clear();
    await this.pool?.destroy();
    this.pool = null;
  }

  private async run<T>(name: 'extract' | 'prepare', task: (scratch: string) => object, deadline: ExtractionDeadline, urgent: boolean, transferList: ArrayBuffer[]): Promise<T> {
    await this.turn(urgent, deadline.waitMs);
    let scratch: string | null = null;
    let ended = false;
    try {
      scratch = await mkdtemp(join(this.options.scratchRoot ?? tmpdir(), SCRATCH_PREFIX));
      return (await this.threadPool().run(task(scratch), { name, signal: AbortSignal.timeout(deadline.timeoutMs), transferList })) as T;
    } catch (error) {
      const reason = this.reasonOf(error as Error & { code?: string }, deadline);
      ended = reason.ended;
      throw new Error(reason.message);
    } finally {
      if (scratch) {
        await rm(scratch, { recursive: true, force: true });
        if (ended) this.sweepLater(scratch);
      }
      this.release();
    }
  }

  private threadPool(): Piscina {
    this.pool ??= new Piscina({
      filename: this.workerFile,
      // the worker's exports are named: piscina loads this one as each thread starts
      name: 'extract',
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: IDLE_MS,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
      execArgv: COMPILED ? [] : ['--require', require.resolve('@swc-node/register')],
    });
    // a thread that fails outside a document (as it starts) is reported, not thrown at the API
    this.pool.on('error', (error: Error) => logger.warn(`an extraction thread failed: ${error.message}`));
    return this.pool;
  }

  // Waits for a free thread; an urgent document goes before the others that wait.
  private turn(urgent: boolean, waitMs?: number): Promise<void> {
    if (this.running < this.options.threads) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Waiting = {
        urgent,
        start: () => {
          clearTimeout(timer);
          this.running++;
          resolve();
        },
      };
      const timer =
        waitMs === undefined
          ? undefined
          : setTimeout(() => {
              this.waiting.splice(this.waiting.indexOf(entry), 1);
              reject(new ExtractionBusyError(waitMs));
            }, waitMs);
      const after = urgent ? this.waiting.findIndex((w) => !w.urgent) : -1;
      if (after === -1) this.waiting.push(entry);
      else this.waiting.splice(after, 0, entry);
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.start();
  }

  private sweepLater(scratch: string): void {
    const sweep = setTimeout(() => {
      this.lateSweeps.delete(sweep);
      void rm(scratch, { recursive: true, force: true });
    }, LATE_TOOLS_MS);
    sweep.unref();
    this.lateSweeps.add(sweep);
  }

  private reasonOf(error: Error & { code?: string }, deadline: ExtractionDeadline): { message: string; ended: boolean } {
    if (error.name === 'AbortError' || error.name === 'TimeoutError') return { message: `reading it took longer than ${deadline.timeoutMs / 1000} s`, ended: true };
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return { message: `reading it needed more than ${this.options.heapMb} MiB`, ended: true };
    return { message: error.message, ended: false };
  }
}
