import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SavedQueryField {
  name: string;
  type: string;
  description: string;
}

export interface SavedQuery {
  // area/verb-noun, from the file's path under the queries folder
  name: string;
  description: string;
  // the same description in Chinese (`// @zh …` header lines), empty when the file gives none
  descriptionZh: string;
  params: SavedQueryField[];
  columns: SavedQueryField[];
  cypher: string;
  file: string;
}

const FIELD = /^@(param|column)\s+(\S+)\s+(\S+)\s*(.*)$/;
const CHINESE = /^@zh\s+(.*)$/;

// Reads the header comment: free lines describe the query, @zh lines say it in Chinese, @param/@column lines name its fields.
export function parseSavedQuery(name: string, text: string, file = name): SavedQuery {
  const query: SavedQuery = { name, description: '', descriptionZh: '', params: [], columns: [], cypher: text.trim(), file };
  const description: string[] = [];
  const chinese: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('//')) break;
    const body = line.replace(/^\/\/\s?/, '');
    const field = FIELD.exec(body);
    const zh = CHINESE.exec(body);
    if (zh) chinese.push(zh[1].trim());
    else if (!field) description.push(body.trim());
    else (field[1] === 'param' ? query.params : query.columns).push({ name: field[2], type: field[3], description: field[4] });
  }
  query.description = description.filter(Boolean).join(' ');
  query.descriptionZh = chinese.filter(Boolean).join('');
  if (!query.columns.length) throw new Error(`saved query ${name} names no @column in its header`);
  return query;
}

function* cypherFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* cypherFiles(path);
    else if (entry.name.endsWith('.cypher')) yield path;
  }
}

export function listSavedQueries(dir: string): SavedQuery[] {
  return [...cypherFiles(dir)]
    .map((file) => parseSavedQuery(relative(dir, file).replace(/\.cypher$/, '').split(sep).join('/'), readFileSync(file, 'utf8'), file))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function findSavedQuery(dir: string, name: string): SavedQuery {
  const query = listSavedQueries(dir).find((q) => q.name === name);
  if (!query) throw new Error(`no saved query named ${name} (see ${dir})`);
  return query;
}
