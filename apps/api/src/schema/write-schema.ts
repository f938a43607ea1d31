import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitSchema } from './emit-schema';

// `write-schema.ts` rewrites apps/api/schema.gql; `write-schema.ts --check` fails when it is stale.
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');

async function main(): Promise<void> {
  const sdl = await emitSchema();
  const check = process.argv.includes('--check');
  const current = (() => {
    try {
      return readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (check) {
    if (current !== sdl) {
      process.stderr.write('apps/api/schema.gql is stale: run `npx nx run api:schema` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('apps/api/schema.gql is up to date.\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) void main();
