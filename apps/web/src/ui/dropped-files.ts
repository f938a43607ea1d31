import type { LocalFile } from '../api/ingest-jobs';

// The files of a drop: plain files by name, a dropped folder walked, each file named by its path in it.
export async function droppedFiles(data: DataTransfer): Promise<LocalFile[]> {
  const items = [...data.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  // files put there by a script have no entries: their names are all there is
  if (!entries.length || entries.length !== items.length) return [...data.files].map((file) => ({ name: file.name, file }));
  const out: LocalFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

// Files chosen with the folder picker carry their path (webkitRelativePath).
export function pickedFiles(list: FileList): LocalFile[] {
  return [...list].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

async function walk(entry: FileSystemEntry, out: LocalFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const child of batch) await walk(child, out);
  }
}
