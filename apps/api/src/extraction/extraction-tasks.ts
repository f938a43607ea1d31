import { join } from 'node:path';
import { loadGazetteer, type Gazetteer, type IngestItem } from '@policy-graph/graph';
import type { Extraction } from '@policy-graph/model';

// Runs in a process of the API's extraction pool: the CLI's extractor and row building (loaded by path,
// as the API loads the CLI's ingest pipeline), so a document that takes too long or too much memory
// ends that process, not the API. One copy of the extractor per process serves uploads and jobs alike.
const CLI_INGEST = join(__dirname, '..', '..', '..', 'cli', 'src', 'ingest');
const { extract: extractDocument } = require(join(CLI_INGEST, 'extractor')) as { extract: (bytes: Uint8Array, fileName: string, meta?: Record<string, unknown>) => Promise<Extraction> };
const { prepareDocument } = require(join(CLI_INGEST, 'prepare-document')) as {
  prepareDocument: (request: { file: string; sourceKey: string; bytes: Uint8Array }, extract: typeof extractDocument, gazetteer: Gazetteer) => Promise<IngestItem>;
};

let gazetteer: Gazetteer | null = null;

export interface ScratchTask {
  /** a folder the pool made for this task and removes after it, even when it ends this process */
  scratch: string;
}

export interface ExtractTask extends ScratchTask {
  bytes: Uint8Array;
  fileName: string;
  meta: { source?: string | null; publisher?: string | null; date?: string | null };
}

export interface PrepareTask extends ScratchTask {
  file: string;
  sourceKey: string;
  bytes: Uint8Array;
}

// The readers' temporary folders (and those of the programs they run: LibreOffice, pdftoppm,
// tesseract) go under TMPDIR: the process points it at the task's folder while it reads the document.
async function inScratch<T>(scratch: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

/** The document's extraction (an upload through ingestDocument). */
export function extract(task: ExtractTask): Promise<Extraction> {
  return inScratch(task.scratch, () => extractDocument(task.bytes, task.fileName, task.meta));
}

/** Extraction and the rows to write (a file of an ingestion job); a failure is an item. */
export function prepare(task: PrepareTask): Promise<IngestItem> {
  gazetteer ??= loadGazetteer();
  return inScratch(task.scratch, () => prepareDocument(task, extractDocument, gazetteer as Gazetteer));
}
