import { ancestorAt, type Ancestor } from '../read/places';
import { provinceOf, type CoveredBody, type PanelLevel } from './coverage.queries';

export interface Adoption {
  firstYear: number | null;
  years: number[];
}

export interface BodyNeighbours {
  /** Every body NEIGHBOURS names at the level's tier. */
  all: string[];
  /** Those with at least one document in the graph: the ones whose adoption can be seen. */
  observed: string[];
}

// One body × year of the panel; the README documents each column (`kg export --panel`).
export interface PanelRow {
  body_id: string;
  body: string;
  level: string;
  province: string | null;
  parent_id: string | null;
  parent: string | null;
  year: number;
  covered: boolean;
  documents: number;
  uses: boolean;
  adopted: boolean;
  event: boolean;
  at_risk: boolean;
  first_year: number | null;
  parent_first_year: number | null;
  years_since_parent: number | null;
  neighbours: number;
  neighbours_observed: number;
  neighbours_adopted: number;
  neighbour_share: number | null;
}

export const PANEL_COLUMNS: (keyof PanelRow)[] = [
  'body_id', 'body', 'level', 'province', 'parent_id', 'parent', 'year', 'covered', 'documents', 'uses', 'adopted', 'event',
  'at_risk', 'first_year', 'parent_first_year', 'years_since_parent', 'neighbours', 'neighbours_observed', 'neighbours_adopted',
  'neighbour_share',
];

export const COUNTRY_PARENT = { id: 'CN', name: '中国' };

const ABOVE: Record<PanelLevel, string[]> = { province: [], city: ['province'], district: ['city', 'province'], street: ['district'] };

// The body a level answers to in a year: the country for a province, else the nearest enclosing
// body of the level above (a municipality's districts answer to the municipality).
function parentAt(level: PanelLevel, ancestors: Ancestor[], year: number): { id: string; name: string } | null {
  if (level === 'province') return COUNTRY_PARENT;
  for (const above of ABOVE[level]) {
    const a = ancestorAt(ancestors, above, year);
    if (a) return a;
  }
  return null;
}

export interface PanelInput {
  level: PanelLevel;
  from: number;
  to: number;
  bodies: CoveredBody[];
  adoptions: Map<string, Adoption>;
  neighbours: Map<string, BodyNeighbours>;
}

// Every body of the risk set in every year of the period, ordered by body then year.
export function panelRows(input: PanelInput): PanelRow[] {
  const first = (id: string | null | undefined) => (id ? (input.adoptions.get(id)?.firstYear ?? null) : null);
  const rows: PanelRow[] = [];
  for (const b of input.bodies) {
    const adoption = input.adoptions.get(b.body.id);
    const firstYear = adoption?.firstYear ?? null;
    const near = input.neighbours.get(b.body.id) ?? { all: [], observed: [] };
    for (let year = input.from; year <= input.to; year++) {
      const parent = parentAt(input.level, b.ancestors, year);
      const parentFirst = first(parent?.id);
      const adoptedBefore = near.observed.filter((n) => {
        const f = first(n);
        return f !== null && f <= year - 1;
      }).length;
      rows.push({
        body_id: b.body.id,
        body: b.body.name,
        level: input.level,
        province: provinceOf(b, year),
        parent_id: parent?.id ?? null,
        parent: parent?.name ?? null,
        year,
        covered: b.documents.has(year),
        documents: b.documents.get(year) ?? 0,
        uses: adoption?.years.includes(year) ?? false,
        adopted: firstYear !== null && firstYear <= year,
        event: firstYear === year,
        at_risk: firstYear === null || firstYear >= year,
        first_year: firstYear,
        parent_first_year: parentFirst,
        years_since_parent: parentFirst !== null && parentFirst <= year ? year - parentFirst : null,
        neighbours: near.all.length,
        neighbours_observed: near.observed.length,
        neighbours_adopted: adoptedBefore,
        neighbour_share: near.observed.length ? adoptedBefore / near.observed.length : null,
      });
    }
  }
  return rows;
}

import type { ColumnType, Table } from './table';

const TYPES: Record<keyof PanelRow, ColumnType> = {
  body_id: 'STRING', body: 'STRING', level: 'STRING', province: 'STRING', parent_id: 'STRING', parent: 'STRING',
  year: 'INT32', covered: 'BOOLEAN', documents: 'INT32', uses: 'BOOLEAN', adopted: 'BOOLEAN', event: 'BOOLEAN',
  at_risk: 'BOOLEAN', first_year: 'INT32', parent_first_year: 'INT32', years_since_parent: 'INT32', neighbours: 'INT32',
  neighbours_observed: 'INT32', neighbours_adopted: 'INT32', neighbour_share: 'DOUBLE',
};

export const panelTable = (rows: PanelRow[]): Table<PanelRow> => ({ columns: PANEL_COLUMNS.map((name) => ({ name, type: TYPES[name] })), rows });
