import { CypherReader, toPlain } from './reader';

export interface ChangeSetRow {
  new: string[];
  continued: string[];
  dropped: string[];
}

/** Names with the years a body used them: its slogans (ADOPTS years) or its projects (RUNS years). */
export type NamedYears = Array<{ name: string; years: number[] }>;

export type ComparedKind = 'slogans' | 'projects';

// one collator for every sort: localeCompare with a locale builds one per call
const ZH = new Intl.Collator('zh');

function changes(a: string[], b: string[]): ChangeSetRow {
  const inA = new Set(a);
  const inB = new Set(b);
  const sort = (xs: string[]) => [...xs].sort(ZH.compare);
  return {
    new: sort(b.filter((x) => !inA.has(x))),
    continued: sort(b.filter((x) => inA.has(x))),
    dropped: sort(a.filter((x) => !inB.has(x))),
  };
}

const PATTERNS: Record<ComparedKind, string> = {
  slogans: `[(b)-[a:ADOPTS]->(s:Slogan) | [s.name, a.years]]`,
  projects: `[(b)-[r:RUNS]->(p:Project) | [p.name, r.years]]`,
};

// Every year at once: the page compares each report year with the one before, and a query per pair
// read the same relationships again for each.
export async function namedYearsOfBody(db: CypherReader, id: string, kind: ComparedKind): Promise<NamedYears> {
  const rows = await db.read(`MATCH (b:Place {id: $id}) RETURN ${PATTERNS[kind]} AS items`, { id });
  const items = (toPlain(rows[0]?.items ?? []) as Array<[string, number[] | null]>);
  return items.map(([name, years]) => ({ name, years: years ?? [] }));
}

const namesIn = (items: NamedYears, year: number) => items.filter((i) => i.years.includes(year)).map((i) => i.name);

/** Names used in yearB against those used in yearA: new, continued, dropped. */
export function changesBetween(items: NamedYears, yearA: number, yearB: number): ChangeSetRow {
  return changes(namesIn(items, yearA), namesIn(items, yearB));
}

// Slogans (ADOPTS years) and projects (RUNS years) of a body in two years.
export async function compareYears(db: CypherReader, id: string, yearA: number, yearB: number): Promise<{ slogans: ChangeSetRow; projects: ChangeSetRow }> {
  const [slogans, projects] = await Promise.all([namedYearsOfBody(db, id, 'slogans'), namedYearsOfBody(db, id, 'projects')]);
  return { slogans: changesBetween(slogans, yearA, yearB), projects: changesBetween(projects, yearA, yearB) };
}
