import { Piscina } from 'piscina';
import type { IngestItem } from '@policy-graph/graph';
import type { PrepareRequest } from './prepare-document';

export interface Preparer {
  prepare(request: PrepareRequest): Promise<IngestItem>;
  close(): Promise<void>;
}

// Compiled (dist/node), this file and the worker are JavaScript; from the sources each thread
// registers the TypeScript compiler before it loads the worker module.
const COMPILED = __filename.endsWith('.js');

// Extraction on worker threads (the other cores), so the next documents are read while one is written.
// piscina replaces a thread that dies: the document it was extracting fails with the reason,
// the others go on, and the pool keeps its size.
export class WorkerPreparer implements Preparer {
  private readonly pool: Piscina;

  constructor(workerModule: string, readonly size: number) {
    this.pool = new Piscina({
      filename: workerModule,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: COMPILED ? [] : ['--require', require.resolve('@swc-node/register')],
    });
  }

  async prepare(request: PrepareRequest): Promise<IngestItem> {
    try {
      return (await this.pool.run(request, { transferList: [request.bytes.buffer as ArrayBuffer] })) as IngestItem;
    } catch (error) {
      return { file: request.sourceKey, kind: 'failed', reason: `extraction worker stopped while reading it: ${(error as Error).message}` };
    }
  }

  // Threads alive now (a crashed one is replaced within moments).
  get threads(): number {
    return this.pool.threads.length;
  }

  // Documents waiting for a free thread.
  get queued(): number {
    return this.pool.queueSize;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
