import { Piscina } from 'piscina';
import { mib, type UploadLimits } from './job-limits';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface ZipRequest {
  zip: NamedBytes;
  limits: UploadLimits;
}

export const isZip = (name: string) => /\.zip$/i.test(name);

// Folders' bookkeeping that a zip made on a Mac or Windows carries, not documents.
const skipped = (path: string) => path.endsWith('/') || path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX') || /(^|\/)(thumbs\.db|desktop\.ini)$/i.test(path);

// The files of an uploaded .zip, each named <zip name without .zip>/<its path in the archive>. The sizes
// the archive declares are checked before anything is inflated (and the inflated sizes after), so a
// small archive cannot unpack past the limits. Throws a message naming the archive and the problem.
export function zipEntries(zip: NamedBytes, limits: UploadLimits): NamedBytes[] {
  const stem = zip.name.replace(/\.zip$/i, '');
  // the unzipper loads with the first archive, not when the API starts
  const { unzipSync } = require('fflate') as typeof import('fflate');
  let declared = 0;
  let tooBig: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (file) => {
        if (skipped(file.name)) return false;
        declared += file.originalSize;
        if (file.originalSize > limits.fileBytes) tooBig ??= `${zip.name}: ${file.name} unpacks to more than ${mib(limits.fileBytes)}, the limit for one file (BODY_LIMIT_BYTES)`;
        if (declared > limits.jobBytes) tooBig ??= `${zip.name} unpacks to more than ${mib(limits.jobBytes)}, the limit for one job`;
        return !tooBig;
      },
    });
  } catch (error) {
    throw new Error(`${zip.name} is not a readable zip archive (${(error as Error).message})`);
  }
  if (tooBig) throw new Error(tooBig);
  const files = Object.entries(entries)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, bytes]) => ({ name: `${stem}/${path}`, bytes }));
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const over = files.find((f) => f.bytes.length > limits.fileBytes);
  if (over || total > limits.jobBytes) throw new Error(`${zip.name} unpacks past its declared sizes and the limits`);
  if (!files.length) throw new Error(`${zip.name} holds no file`);
  return files;
}

// Compiled (dist/node) the worker is JavaScript; from the sources its thread registers swc first.
const COMPILED = __filename.endsWith('.js');
let unzipThread: Piscina | null = null;

/**
 * zipEntries on a thread of its own: a small archive of hundreds of megabytes held the event loop for
 * seconds when inflated on it, and every other request waited. The thread ends after 10 s idle.
 */
export async function unpackZip(zip: NamedBytes, limits: UploadLimits): Promise<NamedBytes[]> {
  unzipThread ??= new Piscina({
    filename: require.resolve('./unzip.worker'),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 10_000,
    execArgv: COMPILED ? [] : ['--require', require.resolve('@swc-node/register')],
  });
  const packed = (await unzipThread.run({ zip, limits } satisfies ZipRequest)) as PackedFiles;
  return unpackFiles(packed);
}

/** The files of an archive as one buffer and their names and lengths: what crosses back from the unzip thread. */
export interface PackedFiles {
  names: string[];
  lengths: number[];
  bytes: Uint8Array;
}

// Two hundred megabytes of separate buffers are copied onto the event loop as they arrive from a
// thread (100–180 ms held); one buffer is handed over whole, and each file is a view of it.
export function packFiles(files: NamedBytes[]): PackedFiles {
  const bytes = new Uint8Array(files.reduce((sum, f) => sum + f.bytes.length, 0));
  let at = 0;
  for (const f of files) {
    bytes.set(f.bytes, at);
    at += f.bytes.length;
  }
  return { names: files.map((f) => f.name), lengths: files.map((f) => f.bytes.length), bytes };
}

export function unpackFiles({ names, lengths, bytes }: PackedFiles): NamedBytes[] {
  let at = 0;
  return names.map((name, i) => {
    const view = bytes.subarray(at, at + lengths[i]);
    at += lengths[i];
    return { name, bytes: view };
  });
}

