import { randomUUID } from 'node:crypto';
import type { Neo4jExecutor } from '@policy-graph/graph';
import {
  CANCEL_JOB,
  CREATE_JOB,
  FIND_UPLOADS,
  JOB_FILES,
  JOB_SUMMARY,
  RECENT_JOBS,
  RETRY_JOB,
  SAVE_UPLOAD,
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

// Jobs, their files and the uploads they are made of, as stored in Neo4j.
export class JobStore {
  constructor(private readonly executor: Neo4jExecutor) {}

  async saveUpload(name: string, bytes: Uint8Array, by: string): Promise<string> {
    const id = `u-${randomUUID()}`;
    // the driver sends an Int8Array as Neo4j bytes
    const stored = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await this.executor.write(SAVE_UPLOAD, { id, name, size: bytes.length, bytes: stored, by }, { timeoutMs: 60_000 });
    return id;
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
