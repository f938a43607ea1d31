// Files to POST /uploads as a browser sends them (multipart/form-data, "files" parts), then a job.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gql } from './gql';

export interface UploadAnswer {
  status: number;
  body: { files?: { id: string; name: string; size: number }[]; message?: string };
}

export async function uploadFiles(url: string, token: string | null, files: { name: string; bytes: Uint8Array }[]): Promise<UploadAnswer> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

// Every file under `dir`, named by its path from `dir`'s parent, as a dropped folder names them.
export function folderFiles(dir: string): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(join(dir, '..'), path), bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

export interface JobView {
  id: string;
  state: string;
  total: number;
  counts: Record<string, number>;
  files: { name: string; state: string; error: string | null; documentId: string | null; documentStatus: string | null }[];
}

const JOB_FIELDS = 'id state total counts { queued reading extracting loading done failed cancelled } files { name state error documentId documentStatus }';

export async function startJob(url: string, token: string, uploadIds: string[]): Promise<JobView> {
  const res = await gql<{ startIngestJob: JobView }>(url, `mutation($ids: [ID!]!) { startIngestJob(uploadIds: $ids) { ${JOB_FIELDS} } }`, { ids: uploadIds }, { authorization: `Bearer ${token}` });
  if (!res.data?.startIngestJob) throw new Error(`startIngestJob: ${JSON.stringify(res.errors)}`);
  return res.data.startIngestJob;
}

export async function jobOf(url: string, token: string, id: string): Promise<JobView> {
  const res = await gql<{ ingestJob: JobView }>(url, `query($id: ID!) { ingestJob(id: $id) { ${JOB_FIELDS} } }`, { id }, { authorization: `Bearer ${token}` });
  if (!res.data?.ingestJob) throw new Error(`ingestJob: ${JSON.stringify(res.errors)}`);
  return res.data.ingestJob;
}

// Polls the job until `until` holds of it.
export async function waitForJob(url: string, token: string, id: string, until: (job: JobView) => boolean, timeoutMs = 180_000): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await jobOf(url, token, id);
    if (until(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} (${JSON.stringify(job.counts)}) after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
