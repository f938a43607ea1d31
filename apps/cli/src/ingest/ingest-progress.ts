import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '@policy-graph/graph';
import type { FileStates } from './file-states';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

// A bar with files/s and ETA on a terminal; plain lines every `every` files otherwise. Both count
// the files in each state of an ingestion job (queued, reading, extracting, loading, done, failed).
export function progressReporter(total: number, states: FileStates, stream: NodeJS.WritableStream & { isTTY?: boolean }, every = 100): ProgressReporter {
  return stream.isTTY ? barReporter(total, states, stream) : lineReporter(total, states, stream, every);
}

function barReporter(total: number, states: FileStates, stream: NodeJS.WritableStream): ProgressReporter {
  const bar = new SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: 'ingest [{bar}] {value}/{total} files | {states} | {rate} files/s | ETA {eta_formatted} | {file}',
    etaBuffer: 50,
    hideCursor: true,
  });
  bar.start(total, 0, { rate: '0.0', file: '', states: states.describe() });
  return {
    update: (p) => bar.update(p.done, { rate: rate(p), file: p.file.slice(-40), states: states.describe() }),
    stop: () => bar.stop(),
  };
}

function lineReporter(total: number, states: FileStates, stream: NodeJS.WritableStream, every: number): ProgressReporter {
  return {
    update: (p) => {
      if (p.done % every !== 0 && p.done !== total) return;
      const left = p.summary.seconds > 0 ? Math.round(((total - p.done) * p.summary.seconds) / p.done) : 0;
      stream.write(`ingest ${p.done}/${total} files: ${states.describe()}; ${rate(p)} files/s, ETA ${left}s\n`);
    },
    stop: () => undefined,
  };
}

function rate(p: IngestProgress): string {
  return p.summary.seconds > 0 ? (p.done / p.summary.seconds).toFixed(1) : '0.0';
}
