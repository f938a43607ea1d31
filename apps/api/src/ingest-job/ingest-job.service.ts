import { Inject, Injectable } from '@nestjs/common';
import type { Neo4jExecutor } from '@policy-graph/graph';
import type { ApiOptions } from '../api-options';
import { apiError } from '../common/errors';
import { API_OPTIONS, NEO4J_EXECUTOR } from '../neo4j/tokens';
import { badUrl } from './fetch-url';
import { badFileName } from './file-names';
import { mib, uploadLimits, type UploadLimits } from './job-limits';
import { IngestJobRunner } from './job-runner';
import { JobFile, JobStore, JobSummary } from './job-store';
import { isZip, unpackZip, type NamedBytes } from './zip-entries';

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

@Injectable()
export class IngestJobService {
  readonly limits: UploadLimits;
  private readonly store: JobStore;

  constructor(
    @Inject(NEO4J_EXECUTOR) executor: Neo4jExecutor,
    @Inject(API_OPTIONS) options: ApiOptions,
    private readonly runner: IngestJobRunner,
  ) {
    this.limits = uploadLimits(options);
    this.store = new JobStore(executor);
  }

  // Every name is checked before anything is stored, so a bad request leaves nothing behind.
  // A .zip stands for the files in it.
  async upload(sent: NamedBytes[], by: string): Promise<UploadedFile[]> {
    if (!sent.length) throw apiError('BAD_USER_INPUT', 'No file in the upload: send multipart/form-data with one or more "files" parts.');
    const files = (await Promise.all(sent.map((file) => (isZip(file.name) ? this.unzip(file) : [file])))).flat();
    const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
    if (bytes > this.limits.jobBytes) throw apiError('PAYLOAD_TOO_LARGE', `The files have ${mib(bytes)} together; one job takes at most ${mib(this.limits.jobBytes)}.`);
    if (files.length > this.limits.jobFiles) throw apiError('PAYLOAD_TOO_LARGE', `${files.length} files in one upload; a job takes at most ${this.limits.jobFiles}.`);
    for (const file of files) {
      const bad = badFileName(file.name);
      if (bad) throw apiError('BAD_USER_INPUT', bad);
      if (!file.bytes.length) throw apiError('BAD_USER_INPUT', `${file.name} is empty.`);
    }
    return this.store.storeUploads(files, by);
  }

  private async unzip(zip: NamedBytes): Promise<NamedBytes[]> {
    try {
      return await unpackZip(zip, this.limits);
    } catch (error) {
      const message = (error as Error).message;
      throw apiError(/limit/.test(message) ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', `${message}; nothing was uploaded.`);
    }
  }

  async start(uploadIds: string[], urlList: string[], by: string): Promise<JobSummary> {
    const ids = [...new Set(uploadIds)];
    const urls = [...new Set(urlList.map((u) => u.trim()).filter(Boolean))];
    if (!ids.length && !urls.length) throw apiError('BAD_USER_INPUT', 'Give uploadIds (the ids POST /uploads returned) or urls to fetch.');
    if (ids.length + urls.length > this.limits.jobFiles) throw apiError('PAYLOAD_TOO_LARGE', `${ids.length + urls.length} files; a job takes at most ${this.limits.jobFiles}.`);
    const badUrls = urls.map(badUrl).filter((b): b is string => !!b);
    if (badUrls.length) throw apiError('BAD_USER_INPUT', `urls: ${badUrls.slice(0, 3).join('; ')}`);
    const uploads = await this.store.findUploads(ids);
    const missing = uploads.filter((u) => !u.found).map((u) => u.id);
    if (missing.length) throw apiError('NOT_FOUND', `No upload has the id ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}.`);
    const taken = uploads.filter((u) => !u.free || u.by !== by).map((u) => u.id);
    if (taken.length) throw apiError('BAD_USER_INPUT', `Uploads ${taken.slice(0, 5).join(', ')} belong to another job or another caller.`);
    const bytes = uploads.reduce((sum, u) => sum + (u.size ?? 0), 0);
    if (bytes > this.limits.jobBytes) throw apiError('PAYLOAD_TOO_LARGE', `The files have ${mib(bytes)} together; one job takes at most ${mib(this.limits.jobBytes)}. Start several jobs.`);
    const { jobId, attached } = await this.store.createJob(ids, urls, by);
    if (attached !== ids.length + urls.length) throw apiError('INGEST_FAILED', `Only ${attached} of ${ids.length + urls.length} files could join the job ${jobId}.`);
    this.runner.wake();
    return this.existing(jobId);
  }

  job(id: string): Promise<JobSummary | null> {
    return this.store.job(id);
  }

  jobs(limit: number): Promise<JobSummary[]> {
    return this.store.recentJobs(Math.min(Math.max(limit, 1), 200));
  }

  files(jobId: string): Promise<JobFile[]> {
    return this.store.files(jobId);
  }

  async cancel(id: string): Promise<JobSummary> {
    await this.existing(id);
    await this.store.cancel(id);
    return this.existing(id);
  }

  async retry(id: string): Promise<JobSummary> {
    await this.existing(id);
    await this.store.retry(id);
    this.runner.wake();
    return this.existing(id);
  }

  private async existing(id: string): Promise<JobSummary> {
    const job = await this.store.job(id);
    if (!job) throw apiError('NOT_FOUND', `No ingestion job has the id "${id.slice(0, 100)}".`);
    return job;
  }
}
