import { ANCESTORS, enclosingAt, type Ancestor } from '../read/places';
import { toPlain, type CypherReader } from '../read/reader';

export type PanelLevel = 'province' | 'city' | 'district' | 'street';

// Labels by level: a fixed map, so no caller's text reaches the query.
const LABEL: Record<PanelLevel, string> = { province: 'Province', city: 'City', district: 'District', street: 'Street' };

export interface BodyRef {
  id: string;
  name: string;
  code: string | null;
  level: string;
}

export interface CoveredBody {
  body: BodyRef;
  ancestors: Ancestor[];
  /** Documents of the body (its subject) per year, every year it has one. */
  documents: Map<number, number>;
}

export interface CoverageRow {
  body: BodyRef;
  province: string | null;
  /** Years of the period with at least one document, ascending. */
  years: number[];
  /** Documents in each of those years, parallel to `years`. */
  documents: number[];
}

export interface Coverage {
  level: PanelLevel;
  from: number;
  to: number;
  bodies: CoverageRow[];
}

/** The bodies of a level with at least one dated document (their subject), in any year: the risk set. */
export async function coveredBodies(db: CypherReader, level: PanelLevel): Promise<CoveredBody[]> {
  const rows = await db.read(
    `MATCH (b:${LABEL[level]})<-[:REPORTS_ON]-(d:Document) WHERE d.year IS NOT NULL
     WITH b, d.year AS year, count(d) AS n ORDER BY year
     WITH b, collect([year, n]) AS years
     RETURN b { .id, .name, .code, .level } AS body, years, ${ANCESTORS} AS ancestors
     ORDER BY b.id`,
    {},
  );
  return rows.map((row) => {
    const r = toPlain(row) as { body: BodyRef; years: [number, number][]; ancestors: Ancestor[] };
    return { body: r.body, ancestors: r.ancestors, documents: new Map(r.years) };
  });
}

// The period asked for, else the years the level's documents span.
export function periodOf(bodies: CoveredBody[], from: number | null, to: number | null): { from: number; to: number } {
  const years = bodies.flatMap((b) => [...b.documents.keys()]);
  const lo = from ?? (years.length ? Math.min(...years) : new Date().getFullYear());
  const hi = to ?? (years.length ? Math.max(...years) : lo);
  return { from: lo, to: hi };
}

export function provinceOf(b: CoveredBody, year: number | null): string | null {
  return enclosingAt(b.body, b.ancestors, year).province;
}

/** Which bodies of a level have documents in which years of a period. */
export async function coverageOf(db: CypherReader, level: PanelLevel, from: number | null, to: number | null): Promise<Coverage> {
  const bodies = await coveredBodies(db, level);
  const period = periodOf(bodies, from, to);
  return {
    level,
    ...period,
    bodies: bodies.map((b) => {
      const years = [...b.documents.keys()].filter((y) => y >= period.from && y <= period.to).sort((x, y) => x - y);
      return { body: b.body, province: provinceOf(b, null), years, documents: years.map((y) => b.documents.get(y) ?? 0) };
    }),
  };
}

import type { Table } from './table';

export interface CoverageCell {
  body_id: string;
  body: string;
  level: string;
  province: string | null;
  year: number;
  covered: boolean;
  documents: number;
}

// Coverage as one row per body × year of the period (the CSV of `kg export --coverage`).
export function coverageTable(c: Coverage): Table<CoverageCell> {
  const rows: CoverageCell[] = [];
  for (const b of c.bodies) {
    for (let year = c.from; year <= c.to; year++) {
      const at = b.years.indexOf(year);
      rows.push({ body_id: b.body.id, body: b.body.name, level: c.level, province: b.province, year, covered: at >= 0, documents: at >= 0 ? b.documents[at] : 0 });
    }
  }
  return {
    columns: [
      { name: 'body_id', type: 'STRING' }, { name: 'body', type: 'STRING' }, { name: 'level', type: 'STRING' },
      { name: 'province', type: 'STRING' }, { name: 'year', type: 'INT32' }, { name: 'covered', type: 'BOOLEAN' },
      { name: 'documents', type: 'INT32' },
    ],
    rows,
  };
}
