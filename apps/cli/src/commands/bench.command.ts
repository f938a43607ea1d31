import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { cutRaw, extractText } from '@policy-graph/extract';
import { readDocument } from '@policy-graph/text';
import { CommandRunner, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';

const OPTIONS = { corpus: { type: 'string' }, limit: { type: 'string' } } as const;

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md').map((e) => path.join(e.parentPath, e.name)).sort();
}

/** The shared corpus, unpacked once into the temp folder when no folder is given. */
function defaultCorpus(repoRoot: string): string {
  const dir = path.join(os.tmpdir(), 'policy-graph-corpus-full');
  if (existsSync(path.join(dir, '政府工作报告-国务院'))) return dir;
  const archive = path.resolve(repoRoot, '../shared/corpus/gov-work-reports.tar.xz');
  if (!existsSync(archive)) throw new UsageError(`no corpus: give --corpus DIR or provide ${archive}`);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xJf', archive, '-C', dir]);
  return dir;
}

function rate(chars: number, ns: bigint): string {
  const seconds = Number(ns) / 1e9;
  return `${Math.round(chars / seconds).toLocaleString('en')} chars/s (${seconds.toFixed(1)} s)`;
}

const BATCHES = 12;

function timed(run: () => void): bigint {
  const t0 = process.hrtime.bigint();
  run();
  return process.hrtime.bigint() - t0;
}

/** Consecutive batches of about equal characters. */
function batchesOf<T extends { text: string }>(items: T[], count: number): T[][] {
  const total = items.reduce((n, t) => n + t.text.length, 0);
  const out: T[][] = [[]];
  let filled = 0;
  for (const t of items) {
    if (filled >= (total * out.length) / count && out.length < count) out.push([]);
    out[out.length - 1].push(t);
    filled += t.text.length;
  }
  return out.filter((b) => b.length);
}

export const benchCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (positionals[0] !== 'extract') throw new UsageError('the only benchmark is "extract"');
    const dir = values.corpus ?? defaultCorpus(ctx.repoRoot);
    const files = (await markdownFiles(dir)).slice(0, values.limit ? Number(values.limit) : undefined);
    if (!files.length) throw new UsageError(`${dir}: no Markdown documents; unpack ../shared/corpus/gov-work-reports.tar.xz there`);
    const texts = await Promise.all(files.map(async (f) => readDocument(new Uint8Array(await readFile(f)), path.basename(f))));
    const chars = texts.reduce((n, t) => n + t.text.length, 0);
    ctx.err(`${files.length} documents, ${chars.toLocaleString('en')} characters`);
    cutRaw('预热');
    extractText(texts[0].text, { title: texts[0].title, source: texts[0].source });
    // raw segmentation and the pipeline take turns on the same batches (A B, then B A), so a
    // machine that gets busier or quieter during the run weighs on both sides of each ratio
    const ratios: number[] = [];
    let raw = 0n;
    let pipeline = 0n;
    batchesOf(texts, BATCHES).forEach((batch, k) => {
      const timeRaw = () => timed(() => batch.forEach((t) => cutRaw(t.text)));
      const timePipeline = () => timed(() => batch.forEach((t) => extractText(t.text, { title: t.title, source: t.source })));
      const [r, p] = k % 2 === 0 ? [timeRaw(), timePipeline()] : (([b, a]) => [a, b])([timePipeline(), timeRaw()]);
      raw += r;
      pipeline += p;
      ratios.push(Number(r) / Number(p));
    });
    ratios.sort((a, b) => a - b);
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    ctx.out(`raw nodejieba cut  ${rate(chars, raw)}`);
    ctx.out(`extraction pipeline ${rate(chars, pipeline)}`);
    ctx.out(`pipeline / raw segmentation ${pct(ratios[ratios.length >> 1])} (median of ${ratios.length} paired batches; range ${pct(ratios[0])}–${pct(ratios[ratios.length - 1])}; totals ${pct(Number(raw) / Number(pipeline))})`);
  },
};
