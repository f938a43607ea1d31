import { ReadError } from './read-error';

export interface MarkdownParts {
  body: string;
  fields: Record<string, unknown>;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter from the Markdown body; the body is kept byte for byte. */
export function splitFrontMatter(text: string, fileName: string): MarkdownParts {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, fields: {} };
  let parsed: unknown;
  try {
    // the YAML parser loads with the first file that has front matter
    parsed = (require('yaml') as typeof import('yaml')).parse(match[1]);
  } catch (error) {
    throw new ReadError('INVALID_FRONT_MATTER', fileName, `has front matter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const fields = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { body: text.slice(match[0].length), fields };
}

export function stringField(fields: Record<string, unknown>, name: string): string | null {
  const value = fields[name];
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  return null;
}
