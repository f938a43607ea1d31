import { Worker } from 'node:worker_threads';
import type { IngestItem } from '@policy-graph/graph';
import type { PrepareRequest } from './prepare-document';

export interface Preparer {
  prepare(request: PrepareRequest): Promise<IngestItem>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (item: IngestItem) => void;
  file: string;
}

// From the sources the worker is TypeScript: register the compiler hook inside the thread, then load it.
const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.register) require(workerData.register);
require(workerData.module);
`;

// Compiled (dist/node), this file and the worker are JavaScript and need no hook.
const COMPILED = __filename.endsWith('.js');

// Extraction on worker threads (the other core), so the next documents are read while one is written.
export class WorkerPreparer implements Preparer {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private seq = 0;

  constructor(workerModule: string, count: number) {
    const register = COMPILED ? null : require.resolve('@swc-node/register');
    for (let i = 0; i < count; i += 1) {
      const worker = new Worker(BOOT, { eval: true, workerData: { register, module: workerModule } });
      worker.on('message', (msg: { seq: number; item: IngestItem }) => this.settle(worker, msg.seq, msg.item));
      worker.on('error', (error) => this.failAll(worker, error));
      this.load.set(worker, 0);
      this.workers.push(worker);
    }
  }

  prepare(request: PrepareRequest): Promise<IngestItem> {
    const worker = this.workers.reduce((a, b) => ((this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b));
    const seq = (this.seq += 1);
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve) => {
      this.pending.set(seq, { resolve, file: request.sourceKey });
      const bytes = request.bytes;
      worker.postMessage({ seq, request }, [bytes.buffer as ArrayBuffer]);
    });
  }

  private settle(worker: Worker, seq: number, item: IngestItem): void {
    this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
    this.pending.get(seq)?.resolve(item);
    this.pending.delete(seq);
  }

  private failAll(_worker: Worker, error: Error): void {
    for (const p of this.pending.values()) p.resolve({ file: p.file, kind: 'failed', reason: `extraction worker crashed: ${error.message}` });
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
