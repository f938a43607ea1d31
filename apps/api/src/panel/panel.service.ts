import { Injectable } from '@nestjs/common';
import {
  acceptedVariants, adoptionCurve, coverageOf, neighbourSpread, diffusionPanelOf, variantFamily, type CypherReader, type PanelLevel, type PanelRow, type SloganRow,
} from '@policy-graph/graph';
import { z } from 'zod';
import { apiError } from '../common/errors';
import { validate, Year } from '../common/validate';
import { SloganService } from '../slogan/slogan.service';
import type { SpreadEdge } from '../diffusion/diffusion.model';
import type { AdoptionCurve, AdoptionCurvesArgs, Coverage, CoverageArgs, DiffusionPanel, DiffusionPanelArgs, NeighbourSpreadArgs, PanelRowModel, VariantFamily } from './panel.model';

const Range = z.object({ from: Year.nullable(), to: Year.nullable() });
const PanelLevelSchema = z.enum(['province', 'city', 'district', 'street']);

function period(args: { from?: number | null; to?: number | null }, what: string) {
  const range = validate(Range, { from: args.from ?? null, to: args.to ?? null }, what);
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw apiError('BAD_USER_INPUT', `${what}: from (${range.from}) is after to (${range.to}); swap them.`);
  }
  return range;
}

const level = (value: unknown, what: string): PanelLevel => validate(PanelLevelSchema, value, `${what}.level`);

const toModel = (r: PanelRow): PanelRowModel => ({
  bodyId: r.body_id, body: r.body, level: r.level as PanelLevel, province: r.province, parentId: r.parent_id, parent: r.parent,
  year: r.year, covered: r.covered, documents: r.documents, uses: r.uses, adopted: r.adopted, event: r.event, atRisk: r.at_risk,
  firstYear: r.first_year, parentFirstYear: r.parent_first_year, yearsSinceParent: r.years_since_parent, neighbours: r.neighbours,
  neighboursObserved: r.neighbours_observed, neighboursAdopted: r.neighbours_adopted, neighbourShare: r.neighbour_share,
});

@Injectable()
export class PanelService {
  constructor(private readonly slogans: SloganService) {}

  async coverage(db: CypherReader, args: CoverageArgs): Promise<Coverage> {
    const range = period(args, 'coverage');
    return coverageOf(db, level(args.level, 'coverage'), range.from, range.to) as Promise<Coverage>;
  }

  /** The slogan's campaign and its accepted variants, each with its adopters. */
  async family(db: CypherReader, name: string): Promise<VariantFamily> {
    const slogan = await this.slogans.find(db, name);
    return variantFamily(db, slogan.id);
  }

  private async withVariants(db: CypherReader, name: string, withVariants: boolean): Promise<{ slogan: SloganRow; variants: SloganRow[] }> {
    const slogan = await this.slogans.find(db, name);
    return { slogan, variants: withVariants ? await acceptedVariants(db, slogan.id) : [] };
  }

  async panel(db: CypherReader, args: DiffusionPanelArgs): Promise<DiffusionPanel> {
    const range = period(args, 'diffusionPanel');
    const lv = level(args.level, 'diffusionPanel');
    const { slogan, variants } = await this.withVariants(db, args.slogan, args.variants);
    const panel = await diffusionPanelOf(db, { sloganIds: [slogan.id, ...variants.map((v) => v.id)], level: lv, ...range });
    return {
      slogan: { id: slogan.id, name: slogan.name },
      variants: variants.map((v) => ({ id: v.id, name: v.name })),
      level: lv,
      from: panel.from,
      to: panel.to,
      bodies: new Set(panel.rows.map((r) => r.body_id)).size,
      rows: panel.rows.map(toModel),
    };
  }

  async spread(db: CypherReader, args: NeighbourSpreadArgs): Promise<SpreadEdge[]> {
    const lv = level(args.level, 'neighbourSpread');
    const { slogan, variants } = await this.withVariants(db, args.slogan, args.variants);
    return (await neighbourSpread(db, [slogan.id, ...variants.map((v) => v.id)], lv)) as SpreadEdge[];
  }

  async curves(db: CypherReader, args: AdoptionCurvesArgs): Promise<AdoptionCurve[]> {
    const range = period(args, 'adoptionCurves');
    if (!args.slogans.length || args.slogans.length > 4) throw apiError('BAD_USER_INPUT', 'adoptionCurves: give one to four slogans.');
    const levels = [...new Set(args.levels.map((l) => level(l, 'adoptionCurves')))];
    const out: AdoptionCurve[] = [];
    for (const name of args.slogans) {
      const { slogan, variants } = await this.withVariants(db, name, args.variants);
      for (const lv of levels) {
        const panel = await diffusionPanelOf(db, { sloganIds: [slogan.id, ...variants.map((v) => v.id)], level: lv, ...range });
        out.push({ slogan: { id: slogan.id, name: slogan.name }, level: lv, points: adoptionCurve(panel.rows, panel.from, panel.to) });
      }
    }
    return out;
  }
}
