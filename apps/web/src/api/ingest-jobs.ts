// Uploads (POST /uploads) and ingestion jobs (GraphQL), with the signed-in token.
import { storedToken } from './bearer';
import { ApiError, gql, type GqlError } from './client';
import { codeOfStatus } from '../i18n/api-errors';

export interface JobFile {
  name: string;
  state: string;
  error: string | null;
  documentId: string | null;
  documentStatus: string | null;
}

export interface Job {
  id: string;
  state: 'RUNNING' | 'DONE' | 'CANCELLED';
  total: number;
  counts: Record<'queued' | 'reading' | 'extracting' | 'loading' | 'done' | 'failed' | 'cancelled', number>;
  files: JobFile[];
}

export interface LocalFile {
  /** the file's path inside a dropped folder, else its name */
  name: string;
  file: File;
}

const JOB = 'id state total counts { queued reading extracting loading done failed cancelled } files { name state error documentId documentStatus }';

export async function uploadFiles(files: LocalFile[]): Promise<string[]> {
  const form = new FormData();
  for (const f of files) form.append('files', f.file, f.name);
  const token = storedToken();
  const res = await fetch('/uploads', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json().catch(() => ({}))) as { files?: { id: string }[]; message?: string; errors?: GqlError[] };
  if (!res.ok || !body.files) {
    // a refusal of the rate limiter comes GraphQL-shaped, the endpoint's own as an HTTP status with a message
    const refusal = body.errors?.[0];
    if (refusal) throw new ApiError(refusal.message, refusal.extensions?.code ?? codeOfStatus(res.status), refusal.extensions);
    throw new ApiError(body.message ?? `HTTP ${res.status}`, codeOfStatus(res.status));
  }
  return body.files.map((f) => f.id);
}

export async function startJob(uploadIds: string[], urls: string[] = []): Promise<Job> {
  const query = `mutation StartIngestJob($ids: [ID!]!, $urls: [String!]!) { startIngestJob(uploadIds: $ids, urls: $urls) { ${JOB} } }`;
  return (await gql<{ startIngestJob: Job }>(query, { ids: uploadIds, urls })).startIngestJob;
}

export async function jobById(id: string): Promise<Job | null> {
  return (await gql<{ ingestJob: Job | null }>(`query IngestJob($id: ID!) { ingestJob(id: $id) { ${JOB} } }`, { id })).ingestJob;
}

export async function cancelJob(id: string): Promise<Job> {
  return (await gql<{ cancelIngestJob: Job }>(`mutation CancelIngestJob($id: ID!) { cancelIngestJob(id: $id) { ${JOB} } }`, { id })).cancelIngestJob;
}

export async function retryJob(id: string): Promise<Job> {
  return (await gql<{ retryIngestJob: Job }>(`mutation RetryIngestJob($id: ID!) { retryIngestJob(id: $id) { ${JOB} } }`, { id })).retryIngestJob;
}
