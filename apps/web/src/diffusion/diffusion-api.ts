import { gql } from '../api/client';

export type MapLevel = 'province' | 'city' | 'district';
export const LEVELS_BELOW: Record<MapLevel, string[]> = {
  province: ['province', 'city', 'district', 'street'],
  city: ['city', 'district', 'street'],
  district: ['district', 'street'],
};

export interface CoverageBody {
  body: { id: string; name: string; level: string | null };
  years: number[];
}

export interface CurvePoint {
  year: number;
  cumulative: number;
  bodies: number;
}

export interface Curve {
  level: string;
  points: CurvePoint[];
}

/** Which bodies of the level and the levels under it have documents in which years. */
export async function coverageUnder(level: MapLevel): Promise<CoverageBody[]> {
  const levels = LEVELS_BELOW[level];
  const fields = 'bodies { body { id name level } years }';
  const q = `query Coverage { ${levels.map((l) => `${l}: coverage(level: ${l}) { ${fields} }`).join(' ')} }`;
  const answer = await gql<Record<string, { bodies: CoverageBody[] }>>(q, {});
  return levels.flatMap((l) => answer[l].bodies);
}

/** Cumulative adoption of the slogan by level, one curve per level. */
export async function curvesByLevel(slogan: string): Promise<Curve[]> {
  const q = `query Curves($slogans: [String!]!) { adoptionCurves(slogans: $slogans, levels: [province, city, district, street]) {
    level points { year cumulative bodies } } }`;
  return (await gql<{ adoptionCurves: Curve[] }>(q, { slogans: [slogan] })).adoptionCurves;
}
