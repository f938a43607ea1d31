import { Piscina } from 'piscina';
import type { Extraction } from '@policy-graph/model';
import type { ExtractFn } from './ingest.pipeline';
import { unpackedSizeProblem } from './unpacked-size';
import type { UploadExtractRequest } from './extract-upload.worker';

export interface UploadExtractorLimits {
  /** wall-clock of one document's extraction */
  timeoutMs: number;
  /** V8 heap of the extraction thread, MiB */
  heapMb: number;
  /** what one zip-based document (.docx …) may declare its parts unpack to */
  unpackedBytes: number;
}

export interface UploadExtractor {
  extract: ExtractFn;
  close(): Promise<void>;
}

// Compiled (dist/node) the worker is JavaScript; from the sources its thread registers swc first.
const COMPILED = __filename.endsWith('.js');

// Uploads are extracted off the request path, on one thread with a heap ceiling and a deadline: a
// document past either ends that thread (piscina starts another) and fails its own upload with the reason.
export function openUploadExtractor(limits: UploadExtractorLimits): UploadExtractor {
  const pool = new Piscina({
    filename: require.resolve('./extract-upload.worker'),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    execArgv: COMPILED ? [] : ['--require', require.resolve('@swc-node/register')],
  });
  const extract: ExtractFn = async (bytes, fileName, meta) => {
    const problem = unpackedSizeProblem(bytes, limits.unpackedBytes);
    if (problem) throw new Error(problem);
    const request: UploadExtractRequest = { bytes, fileName, meta };
    try {
      return (await pool.run(request, { signal: AbortSignal.timeout(limits.timeoutMs) })) as Extraction;
    } catch (error) {
      throw new Error(reasonOf(error as Error & { code?: string }, limits));
    }
  };
  return { extract, close: () => pool.destroy() };
}

function reasonOf(error: Error & { code?: string }, limits: UploadExtractorLimits): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return `reading it took longer than ${limits.timeoutMs / 1000} s`;
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return `reading it needed more than ${limits.heapMb} MiB`;
  return error.message;
}
