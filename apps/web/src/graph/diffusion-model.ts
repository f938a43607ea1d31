import type { Adopter, DiffusionResult } from '../api/operations';

export type GroupBy = 'district' | 'city' | 'province';

export const GROUPINGS: readonly GroupBy[] = ['district', 'city', 'province'];

export interface DiffusionGroup {
  name: string;
  adopters: Adopter[];
}

export interface DiffusionModel {
  minYear: number;
  maxYear: number;
  groups: DiffusionGroup[];
  firstIds: Set<string>;
  cumulative: { year: number; count: number }[];
  firstYearById: Map<string, number>;
}

function firstYear(a: Adopter): number | null {
  return a.firstYear ?? (a.years.length ? Math.min(...a.years) : null);
}

/** Cumulative adopters per year, computed from first years so gaps in the API's list do not matter. */
export function cumulativeByYear(adopters: readonly Adopter[], minYear: number, maxYear: number): { year: number; count: number }[] {
  const firsts = adopters.map(firstYear).filter((y): y is number => y !== null);
  const out: { year: number; count: number }[] = [];
  for (let y = minYear; y <= maxYear; y++) out.push({ year: y, count: firsts.filter((f) => f <= y).length });
  return out;
}

/** The group an adopter falls in; a body above the chosen level stands under the next level up, the country alone. */
function groupOf(a: Adopter, groupBy: GroupBy): string {
  const own = groupBy === 'district' ? a.district ?? a.city : groupBy === 'city' ? a.city ?? a.district : null;
  return own ?? a.province ?? (a.level === 'country' ? a.body.name : '—');
}

/** Adopters grouped by district, city or province along the years, earliest group first. */
export function diffusionModel(d: DiffusionResult, groupBy: GroupBy): DiffusionModel {
  const dated = d.adopters.filter((a) => firstYear(a) !== null);
  const years = dated.map((a) => firstYear(a) as number);
  const minYear = years.length ? Math.min(...years) : new Date().getFullYear();
  const maxYear = years.length ? Math.max(...years) : minYear;
  const byGroup = new Map<string, Adopter[]>();
  for (const a of dated) {
    const key = groupOf(a, groupBy);
    byGroup.set(key, [...(byGroup.get(key) ?? []), a]);
  }
  const groups = [...byGroup.entries()]
    .map(([name, list]) => ({ name, adopters: list.sort((x, y) => (firstYear(x) as number) - (firstYear(y) as number)) }))
    .sort((x, y) => (firstYear(x.adopters[0]) as number) - (firstYear(y.adopters[0]) as number) || x.name.localeCompare(y.name));
  return {
    minYear,
    maxYear,
    groups,
    firstIds: new Set(d.firstAdopters.map((a) => a.body.id)),
    cumulative: cumulativeByYear(dated, minYear, maxYear),
    firstYearById: new Map(dated.map((a) => [a.body.id, firstYear(a) as number])),
  };
}
