import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '@policy-graph/graph';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

// A bar with docs/s and ETA on a terminal; plain lines every `every` documents otherwise.
export function progressReporter(total: number, stream: NodeJS.WriteStream, every = 100): ProgressReporter {
  return stream.isTTY ? barReporter(total, stream) : lineReporter(total, stream, every);
}

function barReporter(total: number, stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new SingleBar({
    stream,
    format: 'ingest [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {file}',
    etaBuffer: 50,
    hideCursor: true,
  });
  bar.start(total, 0, { rate: '0.0', file: '' });
  return {
    update: (p) => bar.update(p.done, { rate: rate(p), file: p.file.slice(-40) }),
    stop: () => bar.stop(),
  };
}

function lineReporter(total: number, stream: NodeJS.WriteStream, every: number): ProgressReporter {
  return {
    update: (p) => {
      if (p.done % every !== 0 && p.done !== total) return;
      const left = p.summary.seconds > 0 ? Math.round(((total - p.done) * p.summary.seconds) / p.done) : 0;
      stream.write(`ingest ${p.done}/${total} docs, ${rate(p)} docs/s, ETA ${left}s\n`);
    },
    stop: () => undefined,
  };
}

function rate(p: IngestProgress): string {
  return p.summary.seconds > 0 ? (p.done / p.summary.seconds).toFixed(1) : '0.0';
}
