import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cutRaw } from '@policy-graph/extract';
import { ExtractionSchema } from '@policy-graph/model';
import { createLogger } from '@policy-graph/config';
import type { CommandContext } from '../command';
import { extractCommand } from './extract.command';

const SEEDS = path.resolve(__dirname, '../../../../seeds');

function context() {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    repoRoot: path.resolve(__dirname, '../../../..'),
    env: {},
    config: () => {
      throw new Error('extract needs no configuration');
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    log: () => createLogger({ level: 'silent', name: 'kg' }),
  };
  return { ctx, out, err };
}

// nodejieba loads its dictionaries at the first segmentation (a second or more on a busy machine):
// here, not inside a test's five seconds
beforeAll(() => void cutRaw('预热'), 30_000);

describe('kg extract', () => {
  it('prints one schema-valid JSON object for a file and nothing else on stdout', async () => {
    const { ctx, out } = context();
    const code = await extractCommand.run([path.join(SEEDS, '000_99ebe1f9c7b4f081.txt'), '--json'], ctx);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(ExtractionSchema.safeParse(JSON.parse(out[0])).success).toBe(true);
  });

  it('writes one <stem>.json per document of a folder, names a bad file on stderr and goes on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-'));
    copyFileSync(path.join(SEEDS, '004_2a50b552bcae988d.txt'), path.join(dir, '004.txt'));
    writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81]));
    const outDir = path.join(dir, 'out');
    const { ctx, out, err } = context();
    const code = await extractCommand.run([dir, '--json', '--out', outDir], ctx);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(readdirSync(outDir)).toEqual(['004.json']);
    expect(JSON.parse(readFileSync(path.join(outDir, '004.json'), 'utf8')).subject.street).toBe('新街街道');
    expect(err.some((line) => line.includes('broken.txt'))).toBe(true);
  });
});
