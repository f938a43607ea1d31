import type { ApiOptions } from '../api-options';

export interface UploadLimits {
  /** one file: the limit of a single-document upload (BODY_LIMIT_BYTES) */
  fileBytes: number;
  /** all the files of one job */
  jobBytes: number;
  jobFiles: number;
}

export function uploadLimits(options: Pick<ApiOptions, 'ingestLimitBytes'>): UploadLimits {
  return { fileBytes: options.ingestLimitBytes, jobBytes: 50 * options.ingestLimitBytes, jobFiles: 1_000 };
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
