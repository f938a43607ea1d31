// The outcomes table's rows: sorted by a column, each achievement beside the latest earlier target
// for the same metric and unit family, and the same rows as CSV.
import { toCsv } from '../export/csv';
import type { BodyOutcome } from './body-api';

export const OUTCOME_COLUMNS = ['metric', 'value', 'unit', 'status', 'year', 'project', 'target', 'evidence'] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

export interface OutcomeSort {
  column: OutcomeColumn;
  descending: boolean;
}

export interface OutcomeRow extends BodyOutcome {
  /** For an achieved outcome: the latest target set for its metric in an earlier or the same year. */
  earlierTarget: BodyOutcome | null;
}

const metricOf = (o: BodyOutcome) => (o.metric ?? o.text).trim();

export function pairWithTargets(outcomes: readonly BodyOutcome[]): OutcomeRow[] {
  const targets = outcomes.filter((o) => o.status === 'target');
  return outcomes.map((o) => {
    if (o.status !== 'achieved') return { ...o, earlierTarget: null };
    const earlier = targets
      .filter((t) => metricOf(t) === metricOf(o) && t.unit === o.unit && (t.year ?? 0) <= (o.year ?? 0) && t.id !== o.id)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    return { ...o, earlierTarget: earlier[0] ?? null };
  });
}

function key(row: OutcomeRow, column: OutcomeColumn): string | number {
  switch (column) {
    case 'value':
      return row.value;
    case 'year':
      return row.year ?? 0;
    case 'metric':
      return metricOf(row);
    case 'project':
      return row.project?.name ?? '';
    case 'target':
      return row.earlierTarget?.value ?? -Infinity;
    case 'evidence':
      return row.sentence ?? row.text;
    default:
      return row[column];
  }
}

export function sortOutcomes(rows: readonly OutcomeRow[], sort: OutcomeSort): OutcomeRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a, sort.column);
    const y = key(b, sort.column);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return sign * order || a.id.localeCompare(b.id);
  });
}

/** The rows as shown, as CSV: one line per outcome, the evidence with its document's title and year. */
export function outcomesCsv(rows: readonly OutcomeRow[], header: readonly string[]): string {
  return toCsv(
    [...header, 'document', 'documentYear'],
    rows.map((r) => [
      metricOf(r),
      r.value,
      r.unit,
      r.status,
      r.year,
      r.project?.name ?? '',
      r.earlierTarget ? `${r.earlierTarget.value}${r.earlierTarget.unit} (${r.earlierTarget.year ?? ''})` : '',
      r.sentence ?? r.text,
      r.documentTitle ?? '',
      r.documentYear,
    ]),
  );
}
