import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { extractDocument } from '@policy-graph/extract';
import { ExtractionSchema, type Extraction } from '@policy-graph/model';
import { CommandRunner, UsageError } from '../command';
import { loadGold, type GoldDocument } from '../eval/gold';
import { calibrationTable, categoryTable, documentTable, errorLines, ruleTable, shortfalls, sumScores, summaryLine, type Floors } from '../eval/report';
import { CATEGORIES, scoreDocument, type DocumentScore } from '../eval/score';
import { parseCommandArgs } from '../parse-command-args';

const OPTIONS = {
  gold: { type: 'string' },
  pred: { type: 'string' },
  texts: { type: 'string', multiple: true },
  min: { type: 'string' },
  brief: { type: 'boolean' },
} as const;

const FLOOR_KEYS = new Set<string>([...CATEGORIES, 'status', 'subject', 'calibration']);

export function parseFloors(spec: string | undefined): Floors {
  const floors: Floors = {};
  for (const pair of (spec ?? '').split(',').filter(Boolean)) {
    const [key, value] = pair.split('=');
    const n = Number(value);
    if (!FLOOR_KEYS.has(key) || value === undefined || !Number.isFinite(n) || n < 0 || n > 1) {
      throw new UsageError(`--min: "${pair}" is not KEY=NUMBER with KEY one of ${[...FLOOR_KEYS].join(', ')} and NUMBER in 0..1`);
    }
    floors[key as keyof Floors] = n;
  }
  return floors;
}

async function predictionFor(doc: GoldDocument, predDir: string | undefined): Promise<Extraction> {
  if (predDir) {
    const file = path.join(predDir, `${doc.stem}.json`);
    const raw = await readFile(file, 'utf8').catch(() => null);
    if (raw === null) throw new Error(`${file}: no prediction for ${doc.stem}`);
    const parsed = ExtractionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
  if (!doc.textFile) throw new Error(`${doc.stem}: text ${doc.gold.file} not found beside the gold or in --texts`);
  return extractDocument(new Uint8Array(await readFile(doc.textFile)), path.basename(doc.textFile));
}

export const evalCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (!values.gold) throw new UsageError('--gold DIR is required');
    const floors = parseFloors(values.min);
    const docs = await loadGold(values.gold, [...(values.texts ?? []), path.join(ctx.repoRoot, 'seeds')]);
    const scores: { stem: string; score: DocumentScore }[] = [];
    for (const doc of docs) scores.push({ stem: doc.stem, score: scoreDocument(doc.gold, await predictionFor(doc, values.pred)) });

    const totals = sumScores(scores.map((s) => s.score));
    const facts = scores.flatMap((s) => s.score.facts);
    const { lines: calibrationLines, calibration } = calibrationTable(facts);
    const print = (title: string, lines: string[]) => ctx.out([`\n## ${title}`, ...lines].join('\n'));
    print(`Documents (${docs.length}): F1 per category, status and subject+time right/of`, documentTable(scores));
    if (!values.brief) print('Misses and false items', scores.flatMap(({ stem, score }) => errorLines(stem, score)));
    print('Rules: facts each produced, right (required or acceptable), precision', ruleTable(facts));
    print('Calibration: confidence against the share of facts that are right', calibrationLines);
    print('Categories', categoryTable(totals));
    const short = shortfalls(totals, calibration, floors);
    ctx.out(`\n${summaryLine(totals)}${short.length ? ' SHORT: ' + short.join(', ') : ''}`);
    return short.length ? 1 : 0;
  },
};
