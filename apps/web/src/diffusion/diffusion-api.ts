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
  /** First adoptions this year. */
  adoptions: number;
  /** Not adopted before this year and with a document this year. */
  atRiskCovered: number;
  /** adoptions / atRiskCovered; null when no body at risk has a document that year. */
  hazardCovered: number | null;
}

export interface Curve {
  slogan: { id: string; name: string };
  level: string;
  points: CurvePoint[];
}

export type AnalysisLevel = 'province' | 'city' | 'district' | 'street';
export const ANALYSIS_LEVELS: readonly AnalysisLevel[] = ['province', 'city', 'district', 'street'];

export interface FamilyMember {
  slogan: { id: string; name: string };
  role: 'campaign' | 'variant';
  adopters: number;
  firstYear: number | null;
}

export interface VariantFamily {
  campaign: { id: string; name: string };
  members: FamilyMember[];
  adopters: number;
  firstYear: number | null;
}

const POINT = 'year cumulative bodies adoptions atRiskCovered hazardCovered';

/** Which bodies of the level and the levels under it have documents in which years. */
export async function coverageUnder(level: MapLevel): Promise<CoverageBody[]> {
  const levels = LEVELS_BELOW[level];
  const fields = 'bodies { body { id name level } years }';
  const q = `query Coverage { ${levels.map((l) => `${l}: coverage(level: ${l}) { ${fields} }`).join(' ')} }`;
  const answer = await gql<Record<string, { bodies: CoverageBody[] }>>(q, {});
  return levels.flatMap((l) => answer[l].bodies);
}

/** Cumulative adoption and hazard of the slogan by level, one curve per level. */
export async function curvesByLevel(slogan: string): Promise<Curve[]> {
  const q = `query Curves($slogans: [String!]!) { adoptionCurves(slogans: $slogans, levels: [province, city, district, street]) {
    slogan { id name } level points { ${POINT} } } }`;
  return (await gql<{ adoptionCurves: Curve[] }>(q, { slogans: [slogan] })).adoptionCurves;
}

/** Two slogans' curves at one level, over the same years (the level's documents). */
export async function curvesCompared(slogans: [string, string], level: AnalysisLevel): Promise<Curve[]> {
  const q = `query Compared($slogans: [String!]!, $levels: [AdminLevel!]!) { adoptionCurves(slogans: $slogans, levels: $levels) {
    slogan { id name } level points { ${POINT} } } }`;
  return (await gql<{ adoptionCurves: Curve[] }>(q, { slogans, levels: [level] })).adoptionCurves;
}

/** The slogan's campaign and the variants reviewers accepted of it. */
export async function variantFamily(slogan: string): Promise<VariantFamily> {
  const q = `query Family($slogan: String!) { variantFamily(slogan: $slogan) {
    campaign { id name } adopters firstYear members { slogan { id name } role adopters firstYear } } }`;
  return (await gql<{ variantFamily: VariantFamily }>(q, { slogan })).variantFamily;
}
