import { findFreePort } from '@policy-graph/graph';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKg } from '../support/run-kg';

// With the driver's usual retries these commands took 31–35 s to say Neo4j is not running.
const PROMPT_MS = 15_000;

describe('kg commands when nothing listens at NEO4J_URI', () => {
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    env = { NEO4J_URI: `bolt://127.0.0.1:${await findFreePort()}`, NEO4J_PASSWORD: 'unused-password' };
    dir = mkdtempSync(join(tmpdir(), 'kg-unreachable-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['checksum', ['checksum']],
    ['migrate', ['migrate']],
    ['ingest', ['ingest', join(__dirname, '../../seeds')]],
  ])('%s says so promptly, naming the fix', (_name, args) => {
    const started = Date.now();
    const result = runKg(args, env);
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('NEO4J_UNAVAILABLE');
    expect(result.stderr).toContain('bin/kg neo4j status');
  });

  it('export leaves no --out file behind', () => {
    const out = join(dir, 'graph.json');
    const result = runKg(['export', '--format', 'json', '--out', out], env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('NEO4J_UNAVAILABLE');
    expect(existsSync(out)).toBe(false);
  });
});
