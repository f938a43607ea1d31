import {
  acceptedVariants, coverageOf, coverageTable, diffusionPanelOf, findSlogan, panelTable, writeTable, type Neo4jExecutor, type PanelLevel,
} from '@policy-graph/graph';
import { UsageError } from '../command';

const LEVELS: PanelLevel[] = ['province', 'city', 'district', 'street'];

export interface PanelExportOptions {
  panel?: string;
  coverage?: boolean;
  level?: string;
  from?: string;
  to?: string;
  out?: string;
  'with-variants'?: boolean;
}

const year = (v: string | undefined, option: string): number | null => {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new UsageError(`${option} expects a year, got "${v}"`);
  return n;
};

export function checkPanelOptions(o: PanelExportOptions): { level: PanelLevel; from: number | null; to: number | null; out: string } {
  if (!o.level || !LEVELS.includes(o.level as PanelLevel)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')}`);
  if (!o.out || !/\.(csv|parquet)$/.test(o.out)) throw new UsageError('--out FILE.csv or FILE.parquet is needed with --panel and --coverage');
  const from = year(o.from, '--from');
  const to = year(o.to, '--to');
  if (from !== null && to !== null && from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
  return { level: o.level as PanelLevel, from, to, out: o.out };
}

// `kg export --panel SLOGAN` and `kg export --coverage`: the researchers' tables, CSV or Parquet by the file's ending.
export async function exportPanel(executor: Neo4jExecutor, o: PanelExportOptions): Promise<string> {
  const { level, from, to, out } = checkPanelOptions(o);
  if (o.coverage) {
    const coverage = await coverageOf(executor, level, from, to);
    const table = coverageTable(coverage);
    const format = await writeTable(table, out);
    return `coverage of ${coverage.bodies.length} ${level} bodies, ${coverage.from}–${coverage.to}: ${table.rows.length} rows (${format})`;
  }
  const name = o.panel?.trim() ?? '';
  const slogan = await findSlogan(executor, name);
  if (!slogan) throw new UsageError(`no slogan named "${name}" in the graph`);
  const variants = o['with-variants'] ? await acceptedVariants(executor, slogan.id) : [];
  const panel = await diffusionPanelOf(executor, { sloganIds: [slogan.id, ...variants.map((v) => v.id)], level, from, to });
  const format = await writeTable(panelTable(panel.rows), out);
  const bodies = new Set(panel.rows.map((r) => r.body_id)).size;
  const counted = variants.length ? ` (with ${variants.map((v) => v.name).join(', ')})` : '';
  return `panel of ${slogan.name}${counted} at ${level} level, ${panel.from}–${panel.to}: ${bodies} bodies, ${panel.rows.length} rows (${format})`;
}
