import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestItem } from '@policy-graph/graph';
import type { Extraction } from '@policy-graph/model';
import { unpackedSizeProblem } from '../ingest/unpacked-size';
import type { AnswerMessage, TaskMessage } from './extraction-process';
import type { ExtractTask, PrepareTask } from './extraction-tasks';

export interface ExtractionPoolOptions {
  /** processes at most: each holds its own copy of the extractor (the word dictionary and the rules) */
  processes: number;
  /** V8 heap of one process, MiB: a document past it ends its process */
  heapMb: number;
  /** what one zip-based document (.docx …) may declare its parts unpack to */
  unpackedBytes: number;
  /** where each document's temporary folder is made (the system's temporary folder by default) */
  scratchRoot?: string;
}

export interface ExtractionDeadline {
  /** wall-clock of the document's extraction in its process: past it the process is ended */
  timeoutMs: number;
  /** how long it may wait for a free process before it is refused (none: as long as it takes) */
  waitMs?: number;
}

export type DocumentMeta = ExtractTask['meta'];

/** No process came free within the wait the caller gave. */
export class ExtractionBusyError extends Error {
  constructor(waitMs: number) {
    super(`every extraction process was busy for ${waitMs / 1000} s`);
    this.name = 'ExtractionBusyError';
  }
}

// One process per core but the one the API's event loop needs, so requests are answered during a big job.
export function extractionProcesses(): number {
  return Math.max(1, availableParallelism() - 1);
}

// Compiled (dist/node) the entry is JavaScript; from the sources the process registers swc first.
const COMPILED = __filename.endsWith('.js');
const IDLE_MS = 60_000;
// A program an ended process started (LibreOffice, pdftoppm, tesseract) runs until its own deadline
// (at most 120 s): its task's folder is removed once more after that, in case it wrote there.
const LATE_TOOLS_MS = 130_000;
// <prefix><pid of the API>-<random>: the folders of an API that was killed are known by its pid
const SCRATCH_PREFIX = 'policy-graph-extract-';
const SCRATCH_NAME = /^policy-graph-extract-(\d+)-/;
const STDERR_KEPT = 4_096;

interface Waiting {
  /** a person waits on it (ingestDocument): served before the files of jobs */
  urgent: boolean;
  start(): void;
}

interface Extractor {
  child: ChildProcess;
  /** the end of what it wrote on stderr: V8 says there that it ran out of heap */
  stderr: string;
  idle: NodeJS.Timeout | null;
}

/**
 * The API's extraction processes, shared by single uploads (ingestDocument) and the files of
 * ingestion jobs. Processes rather than threads: the word segmenter's dictionary (native memory,
 * 220 MB) is not freed when a thread ends, so every thread ended or replaced kept it in the API for
 * good; a process gives all its memory back. A document past its deadline or its process's heap ends
 * that process (the next document starts another) and fails with the reason; a process idle for a
 * minute ends. A deadline counts from when the document gets a process: the pool hands out no more
 * documents than it has processes, a person's upload before a job's files. Each document reads in a
 * temporary folder of its own, made and removed here, so an ended process leaves nothing behind.
 */
export class ExtractionPool {
  private readonly idle: Extractor[] = [];
  private readonly started = new Set<Extractor>();
  private running = 0;
  private nextId = 0;
  private closed = false;
  private readonly waiting: Waiting[] = [];
  private readonly lateSweeps = new Set<NodeJS.Timeout>();
  private orphansSwept: Promise<void> | null = null;

  constructor(
    private readonly options: ExtractionPoolOptions,
    private readonly entry = require.resolve('./extraction-process'),
  ) {}

  get size(): number {
    return this.options.processes;
  }

  /** Processes running now (none until the first document, nor after a minute idle). */
  get alive(): number {
    return this.started.size;
  }

  /** The extraction of one upload; throws the reason it could not be read. */
  async extract(bytes: Uint8Array, fileName: string, meta: DocumentMeta, deadline: ExtractionDeadline): Promise<Extraction> {
    const problem = unpackedSizeProblem(bytes, this.options.unpackedBytes);
    if (problem) throw new Error(problem);
    return this.run<Extraction>('extract', (scratch) => ({ scratch, bytes, fileName, meta }), deadline, true);
  }

  /** Extraction and rows of a job's file; never throws: a document that could not be read is a failed item. */
  async prepare(request: Omit<PrepareTask, 'scratch'>, deadline: ExtractionDeadline): Promise<IngestItem> {
    const problem = unpackedSizeProblem(request.bytes, this.options.unpackedBytes);
    if (problem) return { file: request.sourceKey, kind: 'failed', reason: problem };
    try {
      return await this.run<IngestItem>('prepare', (scratch) => ({ ...request, scratch }), deadline, false);
    } catch (error) {
      return { file: request.sourceKey, kind: 'failed', reason: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const sweep of this.lateSweeps) clearTimeout(sweep);
    this.lateSweeps.clear();
    await Promise.all([...this.started].map((extractor) => this.end(extractor)));
  }

  private async run<T>(name: TaskMessage['name'], task: (scratch: string) => TaskMessage['task'] | object, deadline: ExtractionDeadline, urgent: boolean): Promise<T> {
    await this.turn(urgent, deadline.waitMs);
    let scratch: string | null = null;
    let ended = false;
    try {
      await (this.orphansSwept ??= this.sweepOrphans());
      scratch = await mkdtemp(join(this.scratchRoot, `${SCRATCH_PREFIX}${process.pid}-`));
      const outcome = await this.send(name, task(scratch) as TaskMessage['task'], deadline.timeoutMs);
      ended = outcome.ended;
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.result as T;
    } finally {
      if (scratch) {
        await rm(scratch, { recursive: true, force: true });
        if (ended) this.sweepLater(scratch);
      }
      this.release();
    }
  }

  // One document in one process: its answer, or why there is none (the process was ended or died).
  private send(name: TaskMessage['name'], task: TaskMessage['task'], timeoutMs: number): Promise<{ ok: true; result: unknown; ended: false } | { ok: false; message: string; ended: boolean }> {
    if (this.closed) return Promise.resolve({ ok: false, message: 'the API is stopping', ended: false });
    const extractor = this.idle.pop() ?? this.start();
    if (extractor.idle) clearTimeout(extractor.idle);
    extractor.idle = null;
    const id = ++this.nextId;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        extractor.child.off('message', onMessage);
        extractor.child.off('exit', onExit);
      };
      const onMessage = (message: AnswerMessage) => {
        if (message.id !== id) return;
        done();
        this.rest(extractor);
        resolve(message.ok ? { ok: true, result: message.result, ended: false } : { ok: false, message: message.message, ended: false });
      };
      const onExit = (code: number | null, signal: string | null) => {
        done();
        const outOfHeap = /heap out of memory|Reached heap limit/.test(extractor.stderr);
        const message = outOfHeap ? `reading it needed more than ${this.options.heapMb} MiB` : `the extraction process stopped while reading it (${signal ?? `exit code ${code}`})`;
        resolve({ ok: false, message, ended: true });
      };
      const timer = setTimeout(() => {
        done();
        void this.end(extractor);
        resolve({ ok: false, message: `reading it took longer than ${timeoutMs / 1000} s`, ended: true });
      }, timeoutMs);
      extractor.child.on('message', onMessage);
      extractor.child.once('exit', onExit);
      extractor.child.send({ id, name, task } satisfies TaskMessage, (error) => {
        if (!error) return;
        done();
        void this.end(extractor);
        resolve({ ok: false, message: `the extraction process could not take it (${error.message})`, ended: true });
      });
    });
  }

  private start(): Extractor {
    const child = fork(this.entry, [], {
      execArgv: [...(COMPILED ? [] : ['--require', require.resolve('@swc-node/register')]), `--max-old-space-size=${this.options.heapMb}`],
      // typed arrays cross as they are (JSON would spell out every byte)
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const extractor: Extractor = { child, stderr: '', idle: null };
    child.stderr?.on('data', (chunk: Buffer) => (extractor.stderr = (extractor.stderr + chunk.toString('utf8')).slice(-STDERR_KEPT)));
    child.once('exit', () => this.forget(extractor));
    // a process that cannot be started is reported by its task (the 'exit' that follows)
    child.on('error', () => undefined);
    this.started.add(extractor);
    return extractor;
  }

  // Back among the idle ones, ended after a minute of rest so an idle API holds no extractor.
  private rest(extractor: Extractor): void {
    if (this.closed || !this.started.has(extractor)) return;
    extractor.idle = setTimeout(() => void this.end(extractor), IDLE_MS);
    extractor.idle.unref();
    this.idle.push(extractor);
  }

  private end(extractor: Extractor): Promise<void> {
    this.forget(extractor);
    const { child } = extractor;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  private forget(extractor: Extractor): void {
    if (extractor.idle) clearTimeout(extractor.idle);
    extractor.idle = null;
    this.started.delete(extractor);
    const at = this.idle.indexOf(extractor);
    if (at !== -1) this.idle.splice(at, 1);
  }

  // Waits for a free process; an urgent document goes before the others that wait.
  private turn(urgent: boolean, waitMs?: number): Promise<void> {
    if (this.running < this.options.processes) {
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

  private get scratchRoot(): string {
    return this.options.scratchRoot ?? tmpdir();
  }

  // The folders an API killed mid-document left (nothing of it ran to remove them), once per process.
  private async sweepOrphans(): Promise<void> {
    const names = await readdir(this.scratchRoot).catch(() => [] as string[]);
    const orphans = names.filter((name) => {
      const pid = Number(SCRATCH_NAME.exec(name)?.[1]);
      return pid && pid !== process.pid && !running(pid);
    });
    await Promise.all(orphans.map((name) => rm(join(this.scratchRoot, name), { recursive: true, force: true })));
  }

  private sweepLater(scratch: string): void {
    const sweep = setTimeout(() => {
      this.lateSweeps.delete(sweep);
      void rm(scratch, { recursive: true, force: true });
    }, LATE_TOOLS_MS);
    sweep.unref();
    this.lateSweeps.add(sweep);
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
