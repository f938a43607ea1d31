import { readFileSync } from 'node:fs';
import { emitSchema } from './emit-schema';
import { SCHEMA_FILE } from './write-schema';

describe('committed schema.gql', () => {
  it('matches the schema the resolvers generate (run `npx nx run api:schema` when this fails)', async () => {
    const generated = await emitSchema();
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  }, 30_000);
});
