import { randomUUID } from 'node:crypto';
import type { Neo4jExecutor } from '@policy-graph/graph';
import {
  CANCEL_JOB,
  CREATE_JOB,
  CREATE_UPLOAD,
  DROP_CHUNKS_OF,
  DROP_FILES,
  DROP_STALE_CHUNKS,
  DROP_STALE_UPLOADS,
  FIND_UPLOADS,
  FINISH_UPLOADS,
  JOB_FILES,
  JOB_SUMMARY,
  READ_CHUNK,
  RECENT_JOBS,
  RETRY_JOB,
  SAVE_CHUNK,
} from './job.queries';

export const FILE_STATES = ['queued', 'reading', 'extracting', 'loading', 'done', 'failed', 'cancelled'] as const;
export type FileState = (typeof FILE_STATES)[number];
export type StateCounts = Record<FileState, number>;
export type JobState = 'RUNNING' | 'DONE' | 'CANCELLED';

export interface JobSummary {
  id: string;
  createdBy: string;
  createdAt: string;
  total: number;
  state: JobState;
  counts: StateCounts;
}

export interface JobFile {
  id: string;
  index: number;
  name: string;
  size: number;
  state: FileState;
  error: string | null;
  documentId: string | null;
  documentStatus: string | null;
}

export interface UploadRow {
  id: string;
  found: boolean;
  free: boolean;
  by: string | null;
  size: number | null;
}

interface SummaryRow {
  id: string;
  createdBy: string;
  createdAt: string;
  total: number;
  cancelled: boolean;
  states: FileState[];
}

const WAITING: readonly FileState[] = ['queued', 'reading', 'extracting', 'loading'];

function summaryOf(row: SummaryRow): JobSummary {
  const counts = Object.fromEntries(FILE_STATES.map((s) => [s, 0])) as StateCounts;
  for (const state of row.states) counts[state] += 1;
  const waiting = row.states.some((s) => WAITING.includes(s));
  const state: JobState = waiting ? 'RUNNING' : row.cancelled && counts.cancelled > 0 ? 'CANCELLED' : 'DONE';
  return { id: row.id, createdBy: row.createdBy, createdAt: row.createdAt, total: row.total, state, counts };
}

// The driver packs Neo4j bytes one at a time on the event loop (10 MB held it for 0.6 s, and 3 s
// under load): an upload is stored in parts of a megabyte, each sent by a statement of its own, so
// other requests are answered between them; the parts of a file are written in one transaction.
export const CHUNK_BYTES = 1024 * 1024;
// a file's transaction: ten parts, each a round trip
const FILE_WRITE_TIMEOUT_MS = 120_000;
// the batches of DROP_STALE_* one housekeeping round runs at most
const DROP_ROUNDS = 25;

export interface StoredUpload {
  id: string;
  name: string;
  size: number;
}

// Jobs, their files and the uploads they are made of, as stored in Neo4j.
export class JobStore {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * Stores the files of one request, each in a transaction of its own (its parts sent one by one);
   * they become uploads a job can take together, once every file is written. When a write fails what
   * was written is dropped, and the error is thrown: a request stores all its files or none (an API
   * that stops midway leaves files no job can take, dropped an hour later).
   */
  async storeUploads(files: { name: string; bytes: Uint8Array }[], by: string): Promise<StoredUpload[]> {
    const stored: StoredUpload[] = [];
    try {
      for (const file of files) {
        const upload = { id: `u-${randomUUID()}`, name: file.name, size: file.bytes.length };
        stored.push(upload);
        await this.executor.executeWrite(
          async (tx) => {
            await tx.run(CREATE_UPLOAD, { ...upload, chunks: Math.ceil(file.bytes.length / CHUNK_BYTES), by });
            for (let index = 0, at = 0; at < file.bytes.length; index++, at += CHUNK_BYTES) {
              const part = file.bytes.subarray(at, at + CHUNK_BYTES);
              // the driver sends an Int8Array as Neo4j bytes
              await tx.run(SAVE_CHUNK, { id: upload.id, index, bytes: new Int8Array(part.buffer, part.byteOffset, part.byteLength) });
            }
          },
          { timeoutMs: FILE_WRITE_TIMEOUT_MS },
        );
      }
      const [row] = await this.executor.write<{ stored: number }>(FINISH_UPLOADS, { ids: stored.map((u) => u.id) });
      if (row?.stored !== files.length) throw new Error(`only ${row?.stored ?? 0} of ${files.length} files were stored whole`);
      return stored;
    } catch (error) {
      await this.dropUploads(stored.map((u) => u.id)).catch(() => undefined);
      throw error;
    }
  }

  /** A stored upload's bytes, read part by part. */
  async uploadBytes(id: string, size: number, chunks: number): Promise<Uint8Array> {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (let index = 0; index < chunks; index++) {
      const [row] = await this.executor.read<{ bytes: Int8Array }>(READ_CHUNK, { id, index });
      if (!row || at + row.bytes.length > size) throw new Error(`is missing part ${index + 1} of ${chunks} of its stored bytes`);
      bytes.set(new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), at);
      at += row.bytes.length;
    }
    if (at !== size) throw new Error(`has ${at} of its ${size} stored bytes`);
    return bytes;
  }

  private async dropUploads(ids: string[]): Promise<void> {
    if (!ids.length) return;
    let dropped = 0;
    do {
      [{ dropped }] = await this.executor.write<{ dropped: number }>(DROP_CHUNKS_OF, { ids });
    } while (dropped);
    await this.executor.write(DROP_FILES, { ids });
  }

  /** Uploads no job took in time, and those whose storing stopped, a few megabytes per transaction. */
  async dropStaleUploads(): Promise<void> {
    for (let round = 0; round < DROP_ROUNDS; round++) {
      const [chunks] = await this.executor.write<{ dropped: number }>(DROP_STALE_CHUNKS, {});
      if (chunks?.dropped) continue;
      const [files] = await this.executor.write<{ dropped: number }>(DROP_STALE_UPLOADS, {});
      if (!files?.dropped) return;
    }
  }

  findUploads(ids: string[]): Promise<UploadRow[]> {
    return this.executor.read<UploadRow>(FIND_UPLOADS, { ids });
  }

  async createJob(ids: string[], urls: string[], by: string): Promise<{ jobId: string; attached: number }> {
    const jobId = `j-${randomUUID()}`;
    const [row] = await this.executor.write<{ attached: number }>(CREATE_JOB, { jobId, ids, urls, by });
    return { jobId, attached: row?.attached ?? 0 };
  }

  async job(id: string): Promise<JobSummary | null> {
    const [row] = await this.executor.read<SummaryRow>(JOB_SUMMARY, { id });
    return row ? summaryOf(row) : null;
  }

  async recentJobs(limit: number): Promise<JobSummary[]> {
    return (await this.executor.read<SummaryRow>(RECENT_JOBS, { limit })).map(summaryOf);
  }

  files(jobId: string): Promise<JobFile[]> {
    return this.executor.read<JobFile>(JOB_FILES, { id: jobId });
  }

  async cancel(id: string): Promise<void> {
    await this.executor.write(CANCEL_JOB, { id });
  }

  async retry(id: string): Promise<void> {
    await this.executor.write(RETRY_JOB, { id });
  }
}
