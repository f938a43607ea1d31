import { PayloadTooLargeException } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { mib, type UploadLimits } from './job-limits';
import { isZip } from './zip-entries';

interface IncomingFile {
  originalname: string;
  stream: Readable;
}

export interface StoredFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

type Done = (error: Error | null, info?: Partial<StoredFile>) => void;

// multer's storage engine for uploads: each file in memory, refused as soon as it, or the request's
// files together, pass their limit, with a message naming the file and the limit.
export function limitedMemoryStorage(limits: UploadLimits) {
  const received = new WeakMap<object, number>();
  return {
    _handleFile(req: object, file: IncomingFile, done: Done): void {
      const chunks: Buffer[] = [];
      let size = 0;
      // a .zip holds a job's files: it may be as large as a job
      const zip = isZip(file.originalname);
      const fileLimit = zip ? limits.jobBytes : limits.fileBytes;
      let settled = false;
      const settle = (error: Error | null, info?: Partial<StoredFile>) => {
        if (settled) return;
        settled = true;
        done(error, info);
      };
      file.stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        const total = (received.get(req) ?? 0) + chunk.length;
        received.set(req, total);
        if (size > fileLimit) {
          settle(new PayloadTooLargeException(`${file.originalname} is larger than ${mib(fileLimit)}, the limit for one ${zip ? 'archive' : 'file (BODY_LIMIT_BYTES)'}; nothing was uploaded.`));
        } else if (total > limits.jobBytes) {
          settle(new PayloadTooLargeException(`The files of this upload pass ${mib(limits.jobBytes)}, the limit for one job, at ${file.originalname}; nothing was uploaded.`));
        } else chunks.push(chunk);
      });
      file.stream.on('error', (error: Error) => settle(error));
      file.stream.on('end', () => settle(null, { buffer: Buffer.concat(chunks), size }));
    },
    _removeFile(_req: object, file: Partial<StoredFile>, done: (error: Error | null) => void): void {
      delete file.buffer;
      done(null);
    },
  };
}
