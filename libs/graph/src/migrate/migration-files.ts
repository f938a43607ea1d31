import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  /** "V0001" */
  version: string;
  /** "constraints" */
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

const FILE_NAME = /^(V\d{4})__([A-Za-z0-9_-]+)\.cypher$/;

/** Migrations in `dir`, ordered by version; other files are ignored. */
export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => parseMigration(match[1], match[2], file, readFileSync(join(dir, file), 'utf8')))
    .sort((a, b) => a.version.localeCompare(b.version));
  assertUniqueVersions(migrations);
  return migrations;
}

export function parseMigration(version: string, name: string, file: string, text: string): Migration {
  return { version, name, file, checksum: checksumOf(text), statements: splitStatements(text) };
}

/** sha256 of the text with line endings normalised, so a checkout on Windows does not differ. */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/** Statements end with `;` at the end of a line; whole-line `//` comments are dropped. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function assertUniqueVersions(migrations: Migration[]): void {
  const seen = new Map<string, string>();
  for (const migration of migrations) {
    const other = seen.get(migration.version);
    if (other) throw new Error(`two migrations share version ${migration.version}: ${other} and ${migration.file}`);
    seen.set(migration.version, migration.file);
  }
}
