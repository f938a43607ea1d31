import { CypherReader, int, toPlain } from './reader';

export interface ChangeSetRow {
  new: string[];
  continued: string[];
  dropped: string[];
}

function changes(a: string[], b: string[]): ChangeSetRow {
  const inA = new Set(a);
  const inB = new Set(b);
  const sort = (xs: string[]) => [...xs].sort((x, y) => x.localeCompare(y, 'zh'));
  return {
    new: sort(b.filter((x) => !inA.has(x))),
    continued: sort(b.filter((x) => inA.has(x))),
    dropped: sort(a.filter((x) => !inB.has(x))),
  };
}

// Slogans (ADOPTS years) and projects (RUNS years) of a body in two years.
export async function compareYears(db: CypherReader, id: string, yearA: number, yearB: number): Promise<{ slogans: ChangeSetRow; projects: ChangeSetRow }> {
  const rows = await db.read(
    `MATCH (b:Place {id: $id})
     RETURN [(b)-[a:ADOPTS]->(s:Slogan) WHERE $yearA IN a.years | s.name] AS slogansA,
            [(b)-[a:ADOPTS]->(s:Slogan) WHERE $yearB IN a.years | s.name] AS slogansB,
            [(b)-[r:RUNS]->(p:Project) WHERE $yearA IN r.years | p.name] AS projectsA,
            [(b)-[r:RUNS]->(p:Project) WHERE $yearB IN r.years | p.name] AS projectsB`,
    { id, yearA: int(yearA), yearB: int(yearB) },
  );
  const r = toPlain(rows[0] ?? {}) as Record<string, string[] | undefined>;
  return {
    slogans: changes(r.slogansA ?? [], r.slogansB ?? []),
    projects: changes(r.projectsA ?? [], r.projectsB ?? []),
  };
}
