// Plain UTF-8 reading, used until the format readers are wired in: no encoding detection.
export interface PlainDocument {
  text: string;
  format: 'text' | 'markdown';
  title: string | null;
  source: string | null;
  date: string | null;
  publisher: string | null;
}

export class UndecodableInputError extends Error {
  constructor(fileName: string) {
    super(`${fileName}: not valid UTF-8 text`);
    this.name = 'UndecodableInputError';
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function field(block: string, name: string): string | null {
  const m = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(block);
  return m ? m[1].trim().replace(/^['"]|['"]$/g, '') : null;
}

export function readPlainDocument(bytes: Uint8Array, fileName: string): PlainDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UndecodableInputError(fileName);
  }
  const isMarkdown = /\.(md|markdown)$/i.test(fileName);
  const fm = isMarkdown ? FRONT_MATTER.exec(text) : null;
  if (!fm) return { text, format: isMarkdown ? 'markdown' : 'text', title: null, source: null, date: null, publisher: null };
  // front matter becomes blank lines so the body keeps its place in the file
  const body = fm[0].replace(/[^\n]/g, ' ') + text.slice(fm[0].length);
  const date = field(fm[1], 'date');
  return { text: body, format: 'markdown', title: field(fm[1], 'title'), source: field(fm[1], 'source'), date, publisher: field(fm[1], 'publisher') };
}
