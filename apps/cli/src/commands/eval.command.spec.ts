import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cutRaw } from '@policy-graph/extract';
import { createLogger } from '@policy-graph/config';
import type { CommandContext } from '../command';
import { UsageError } from '../command';
import { evalCommand } from './eval.command';

const ROOT = path.resolve(__dirname, '../../../..');

function context() {
  const out: string[] = [];
  const ctx: CommandContext = {
    repoRoot: ROOT,
    env: {},
    config: () => {
      throw new Error('eval needs no configuration');
    },
    out: (line) => out.push(line),
    err: () => undefined,
    log: () => createLogger({ level: 'silent', name: 'kg' }),
  };
  return { ctx, out };
}

// nodejieba loads its dictionaries at the first segmentation (a second or more on a busy machine):
// here, not inside a test's five seconds
beforeAll(() => void cutRaw('预热'), 30_000);

describe('kg eval', () => {
  it('scores the seeds against their gold and prints the document, rule, calibration and category tables', async () => {
    const { ctx, out } = context();
    const code = await evalCommand.run(['--gold', path.join(ROOT, 'eval/seeds'), '--min', 'slogans=0.85,outcomes=0.95,subject=0.9'], ctx);
    const printed = out.join('\n');
    expect(code).toBe(0);
    expect(printed).toMatch(/## Documents \(5\)/);
    expect(printed).toMatch(/## Rules/);
    expect(printed).toMatch(/project\.head\s+projects\s+\d+/);
    expect(printed).toMatch(/≥ 0\.80\s+\d+\s+\d+\s+0\.\d{3}/);
    expect(printed).toMatch(/^F1 slogans=0\.9\d .*subject=1\.00/m);
  });

  it('exits 1 and names the category when a floor is not met', async () => {
    const { ctx, out } = context();
    const code = await evalCommand.run(['--gold', path.join(ROOT, 'eval/seeds'), '--min', 'fulfils=0.99', '--brief'], ctx);
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(/SHORT: fulfils 0\.\d{3}<0\.99/);
  });

  it('reads predictions from --pred instead of extracting, and says which document has none', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
    mkdirSync(path.join(dir, 'gold'));
    copyFileSync(path.join(ROOT, 'eval/seeds/004_2a50b552bcae988d.gold.json'), path.join(dir, 'gold/004.gold.json'));
    const { ctx } = context();
    await expect(evalCommand.run(['--gold', path.join(dir, 'gold'), '--pred', path.join(dir, 'pred')], ctx)).rejects.toThrow(/no prediction for 004/);
  });

  it('refuses a malformed floor and a malformed gold file with the reason', async () => {
    const { ctx } = context();
    await expect(evalCommand.run(['--gold', path.join(ROOT, 'eval/seeds'), '--min', 'projects=high'], ctx)).rejects.toThrow(UsageError);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
    writeFileSync(path.join(dir, 'x.gold.json'), JSON.stringify({ file: 'x.txt', slogans: { required: [{ aliases: [] }] } }));
    await expect(evalCommand.run(['--gold', dir], ctx)).rejects.toThrow(/x\.gold\.json: slogans\.required\.0\.name/);
  });
});
