import type { LocalFile } from '../api/ingest-jobs';

/** What a drop or a pick gave: the files to upload, and the folders among what was given (by name). */
export interface GatheredFiles {
  files: LocalFile[];
  folders: string[];
}

// Files a system keeps beside a person's documents: .DS_Store, ._x (macOS), .git/…, Thumbs.db, desktop.ini.
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '__macosx']);
export const isHiddenPath = (path: string): boolean =>
  path.split('/').some((part) => part.startsWith('.') || SYSTEM_FILES.has(part.toLowerCase()));

/**
 * The files of a drop: plain files by name, each dropped folder walked (webkitGetAsEntry, then its
 * directory reader, recursively), its files named by their path from the folder, hidden ones left out.
 * Entries and files are taken before the first await: the browser empties the DataTransfer once the
 * drop event has been dispatched.
 */
export async function droppedFiles(data: DataTransfer): Promise<GatheredFiles> {
  const taken = [...data.items].filter((i) => i.kind === 'file').map((i) => ({ entry: i.webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  const files: LocalFile[] = [];
  const folders: string[] = [];
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) {
      folders.push(entry.name);
      const inside: LocalFile[] = [];
      await walk(entry, inside);
      files.push(...inside.sort(byName));
    } else if (entry) await walk(entry, files);
    // a file a script put there has no entry: its name is all there is
    else if (file && !isHiddenPath(file.name)) files.push({ name: file.name, file });
  }
  return { files, folders };
}

/** Files chosen with the file or folder picker, the folder's by their path in it (webkitRelativePath). */
export function pickedFiles(list: FileList): GatheredFiles {
  const all = [...list].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
  const folders = [...new Set(all.filter((f) => f.file.webkitRelativePath).map((f) => f.name.split('/')[0]))];
  return { files: all.filter((f) => !isHiddenPath(f.name)).sort(byName), folders };
}

const byName = (a: LocalFile, b: LocalFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function walk(entry: FileSystemEntry, out: LocalFile[]): Promise<void> {
  if (isHiddenPath(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (of 100 in Chromium) until an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const child of batch) await walk(child, out);
  }
}
