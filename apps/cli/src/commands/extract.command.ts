import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ExtractionSchema } from '@policy-graph/model';
import { SUPPORTED_EXTENSIONS } from '@policy-graph/text';
import { CommandRunner, CommandContext, UsageError } from '../command';
import { extract } from '../ingest/extractor';
import { parseCommandArgs } from '../parse-command-args';

const OPTIONS = { json: { type: 'boolean' }, out: { type: 'string' } } as const;
const isDocument = (name: string) => SUPPORTED_EXTENSIONS.includes(path.extname(name).toLowerCase());

async function extractFile(file: string) {
  const bytes = new Uint8Array(await readFile(file));
  // as ingestion reads it: OCR and conversions included, the OCRed pages kept
  const extraction = await extract(bytes, path.basename(file));
  const checked = ExtractionSchema.safeParse(extraction);
  if (!checked.success) throw new Error(`output does not match the extraction schema: ${checked.error.issues[0]?.message}`);
  return checked.data;
}

async function documentsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && isDocument(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function extractFolder(dir: string, outDir: string, ctx: CommandContext): Promise<number> {
  await mkdir(outDir, { recursive: true });
  let failed = 0;
  const files = await documentsIn(dir);
  for (const file of files) {
    try {
      const extraction = await extractFile(file);
      // nested folders keep their layout, so 2019.md of two cities does not collide
      const target = path.join(outDir, path.relative(dir, path.dirname(file)), path.basename(file).replace(/\.[^.]+$/, '') + '.json');
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, JSON.stringify(extraction, null, 1));
    } catch (error) {
      failed++;
      ctx.err(`kg extract: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  ctx.err(`kg extract: ${files.length - failed} of ${files.length} documents extracted into ${outDir}`);
  return failed ? 1 : 0;
}

export const extractCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (positionals.length !== 1) throw new UsageError('give exactly one file or folder');
    if (!values.json) throw new UsageError('--json is the only output format');
    const target = positionals[0];
    const info = await stat(target).catch(() => null);
    if (!info) throw new UsageError(`${target}: no such file or folder`);
    if (info.isDirectory()) {
      if (!values.out) throw new UsageError('a folder needs --out OUTDIR');
      return extractFolder(target, values.out, ctx);
    }
    try {
      const extraction = await extractFile(target);
      if (values.out) {
        await mkdir(values.out, { recursive: true });
        await writeFile(path.join(values.out, path.basename(target).replace(/\.[^.]+$/, '') + '.json'), JSON.stringify(extraction, null, 1));
      } else ctx.out(JSON.stringify(extraction));
      return 0;
    } catch (error) {
      ctx.err(`kg extract: ${target}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  },
};
