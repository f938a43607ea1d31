import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '@policy-graph/text';

export interface SourceFile {
  path: string;
  // the path as the extractor and the graph see it: relative to the folder given, starting with its name
  sourceKey: string;
}

// every kind the reader takes: text, Markdown, HTML, PDF, Word, WPS, RTF, Excel and scanned images
export const DEFAULT_EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS;

// A folder's own README describes the folder; it is not one of its documents.
const isReadme = (name: string) => /^readme(\.[a-z]+)?$/i.test(name);

// Files and folders to a sorted list of documents, so every run sees them in the same order.
export function collectFiles(paths: string[], extensions: readonly string[] = DEFAULT_EXTENSIONS): SourceFile[] {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const out = new Map<string, SourceFile>();
  for (const given of paths) {
    const root = resolve(given);
    const stat = statSync(root, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${given}`);
    if (stat.isFile()) out.set(root, { path: root, sourceKey: basename(root) });
    else for (const path of walk(root)) if (wanted.has(extname(path).toLowerCase())) out.set(path, { path, sourceKey: keyOf(root, path) });
  }
  return [...out.values()].sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0));
}

function keyOf(root: string, path: string): string {
  return relative(dirname(root), path).split(sep).join('/');
}

// A web page saved whole (page.html beside page_files/) keeps its images, scripts and styles in
// that folder: they belong to the page, and its pictures are not documents to read by OCR.
function isSavedPageAssets(name: string, siblings: Set<string>): boolean {
  const stem = /^(.+)[_.]files$/i.exec(name)?.[1];
  return stem !== undefined && ['.html', '.htm', '.shtml', '.xhtml'].some((ext) => siblings.has(`${stem}${ext}`.toLowerCase()));
}

function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || isReadme(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && isSavedPageAssets(entry.name, names)) continue;
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
