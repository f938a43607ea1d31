import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { CypherGuardVerdict } from './cypher-guard';
import { reject } from './cypher-guard.error';

export interface GuardWorkerOptions {
  /** Longest a query may take to analyse before the thread is replaced and the query refused. */
  deadlineMs?: number;
  /** Queries waiting beyond this are refused at once. */
  maxQueued?: number;
  /** Longest query accepted (checked before it is handed to the thread). */
  maxLength?: number;
  /** Verdicts kept for queries sent again with the same parameters. */
  cacheSize?: number;
}

interface Pending {
  id: number;
  query: string;
  params: Record<string, unknown>;
  key: string | null;
  done: (verdict: CypherGuardVerdict) => void;
}

const DEFAULTS = { deadlineMs: 3_000, maxQueued: 32, maxLength: 10_000, cacheSize: 500 };
// Parameters longer than this as JSON are checked every time rather than kept in a key.
const CACHED_PARAMS_LENGTH = 4_096;

// A verdict depends on the query and its parameters only (their values bound ranges and lists).
function verdictKey(query: string, params: Record<string, unknown>): string | null {
  try {
    const json = JSON.stringify(params);
    return json.length <= CACHED_PARAMS_LENGTH ? `${query}\u0000${json}` : null;
  } catch {
    return null;
  }
}

// Run from TypeScript sources (swc-node), the thread needs the same loader as its parent.
function startThread(): Worker {
  const file = join(__dirname, `guard-thread${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
  if (!file.endsWith('.ts')) return new Worker(file);
  const register = require.resolve('@swc-node/register');
  return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(file)});`, { eval: true });
}

/**
 * The read-only guard in a worker thread with a deadline: a query whose parse runs away costs its
 * sender a refusal after `deadlineMs`, never the API's event loop. One query at a time, in order.
 */
export class CypherGuardWorker {
  private readonly options: typeof DEFAULTS;
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;
  // The verdicts the thread gave, least recently used first: the page's saved queries and an analyst's
  // repeated query are answered without waiting behind others for the one thread.
  private readonly verdicts = new Map<string, CypherGuardVerdict>();

  constructor(options: GuardWorkerOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Starts the thread and loads the parser (1–2 s). */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = startThread();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, fail) => {
      const onFirst = (message: { ready?: boolean }) => {
        if (message.ready) {
          worker.off('error', fail);
          resolve();
        }
      };
      worker.on('message', onFirst);
      worker.once('error', fail);
    });
    worker.on('message', (message: { id?: number; verdict?: CypherGuardVerdict }) => {
      if (message.id !== undefined && this.current?.id === message.id) {
        this.remember(this.current.key, message.verdict as CypherGuardVerdict);
        this.finish(message.verdict as CypherGuardVerdict);
      }
    });
    worker.on('error', () => this.replace('the query analyser failed'));
    worker.on('exit', () => {
      if (this.worker === worker) this.replace('the query analyser stopped');
    });
    // After the listeners: adding one refs the thread's port again, and the thread must never keep a process alive.
    worker.unref();
    return this.ready;
  }

  check(query: string, params: Record<string, unknown> = {}): Promise<CypherGuardVerdict> {
    if (typeof query === 'string' && query.length > this.options.maxLength) {
      return Promise.resolve({ ok: false, ...reject('QUERY_TOO_LONG', `the query has ${query.length} characters; the limit is ${this.options.maxLength}.`) });
    }
    const key = verdictKey(query, params);
    const known = key === null ? undefined : this.verdicts.get(key);
    if (key !== null && known) {
      this.verdicts.delete(key);
      this.verdicts.set(key, known);
      return Promise.resolve(known);
    }
    if (this.queue.length >= this.options.maxQueued) {
      return Promise.resolve({ ok: false, ...reject('BUSY', `${this.queue.length} queries are waiting to be checked; try again in a moment.`) });
    }
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, query, params, key, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (this.timer) clearTimeout(this.timer);
    await worker?.terminate();
  }

  private pump(): void {
    if (this.current || this.queue.length === 0 || this.closed) return;
    const next = this.queue.shift() as Pending;
    this.current = next;
    void this.start().then(
      () => {
        if (this.current !== next) return;
        this.timer = setTimeout(() => this.timeOut(next), this.options.deadlineMs);
        this.worker?.postMessage({ id: next.id, query: next.query, params: next.params });
      },
      () => this.replace('the query analyser could not start'),
    );
  }

  // Only what the thread decided is kept: a refusal for running past the deadline may not recur.
  private remember(key: string | null, verdict: CypherGuardVerdict): void {
    if (key === null || this.options.cacheSize <= 0) return;
    this.verdicts.set(key, verdict);
    if (this.verdicts.size > this.options.cacheSize) this.verdicts.delete(this.verdicts.keys().next().value as string);
  }

  private finish(verdict: CypherGuardVerdict): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const done = this.current?.done;
    this.current = null;
    done?.(verdict);
    this.pump();
  }

  private timeOut(pending: Pending): void {
    if (this.current !== pending) return;
    const seconds = this.options.deadlineMs / 1000;
    this.replace(`the query took longer than ${seconds} s to analyse; simplify it (fewer nested expressions, shorter patterns)`);
  }

  // Ends the thread and refuses the query it held; the next query starts a fresh thread.
  private replace(reason: string): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) void worker.terminate();
    if (this.current) this.finish({ ok: false, ...reject('TOO_COMPLEX', `${reason}.`) });
  }
}
