import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AdminLevel } from '@policy-graph/model';
import { AdminLevelEnum } from '../common/enums';
import { PlaceRef, SloganRef } from '../common/refs.model';

type Level = Exclude<AdminLevel, never>;

@ObjectType({ description: 'A body of the level with at least one document, and the years of the period it has documents.' })
export class CoverageBody {
  @Field(() => PlaceRef) body!: PlaceRef;
  @Field(() => String, { nullable: true }) province!: string | null;
  @Field(() => [Int], { description: 'Years of the period with a document of the body (its subject), ascending.' }) years!: number[];
  @Field(() => [Int], { description: 'Documents in each of those years.' }) documents!: number[];
}

@ObjectType({ description: 'Which bodies of a level have documents in which years: a year without one is "no document", not "not adopted".' })
export class Coverage {
  @Field(() => AdminLevelEnum) level!: Level;
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => [CoverageBody]) bodies!: CoverageBody[];
}

@ArgsType()
export class CoverageArgs {
  @Field(() => AdminLevelEnum) level!: AdminLevel;
  @Field(() => Int, { nullable: true, description: 'First year; the earliest document of the level when left out.' }) from?: number | null;
  @Field(() => Int, { nullable: true, description: 'Last year; the latest document of the level when left out.' }) to?: number | null;
}

@ObjectType({ description: 'One body in one year of a diffusion panel; the README documents each column (kg export --panel).' })
export class PanelRowModel {
  @Field() bodyId!: string;
  @Field() body!: string;
  @Field(() => AdminLevelEnum) level!: Level;
  @Field(() => String, { nullable: true }) province!: string | null;
  @Field(() => String, { nullable: true }) parentId!: string | null;
  @Field(() => String, { nullable: true }) parent!: string | null;
  @Field(() => Int) year!: number;
  @Field({ description: 'The body has a document dated this year.' }) covered!: boolean;
  @Field(() => Int) documents!: number;
  @Field({ description: "This year's documents use the slogan." }) uses!: boolean;
  @Field({ description: 'The body first used it this year or before.' }) adopted!: boolean;
  @Field({ description: 'The body first used it this year.' }) event!: boolean;
  @Field({ description: 'Not adopted before this year (the rows a survival model uses).' }) atRisk!: boolean;
  @Field(() => Int, { nullable: true }) firstYear!: number | null;
  @Field(() => Int, { nullable: true }) parentFirstYear!: number | null;
  @Field(() => Int, { nullable: true }) yearsSinceParent!: number | null;
  @Field(() => Int) neighbours!: number;
  @Field(() => Int) neighboursObserved!: number;
  @Field(() => Int) neighboursAdopted!: number;
  @Field(() => Float, { nullable: true, description: 'neighboursAdopted / neighboursObserved, adoption by the end of the year before.' })
  neighbourShare!: number | null;
}

@ObjectType({ description: 'Every body of a level that has documents, in every year of a period: the risk set of a slogan.' })
export class DiffusionPanel {
  @Field(() => SloganRef) slogan!: SloganRef;
  @Field(() => [SloganRef], { description: 'Accepted variants counted as the slogan (with variants: true).' }) variants!: SloganRef[];
  @Field(() => AdminLevelEnum) level!: Level;
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => Int) bodies!: number;
  @Field(() => [PanelRowModel]) rows!: PanelRowModel[];
}

@ArgsType()
export class DiffusionPanelArgs extends CoverageArgs {
  @Field({ description: 'Name or alias of the slogan.' }) slogan!: string;
  @Field({ defaultValue: false, description: 'Count accepted VARIANT_OF slogans as the slogan.' }) variants!: boolean;
}

@ArgsType()
export class NeighbourSpreadArgs {
  @Field({ description: 'Name or alias of the slogan.' }) slogan!: string;
  @Field(() => AdminLevelEnum) level!: AdminLevel;
  @Field({ defaultValue: false, description: 'Count accepted VARIANT_OF slogans as the slogan.' }) variants!: boolean;
}

@ObjectType({ description: 'Adoption in one year among the bodies of a level with documents.' })
export class CurvePointModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Bodies of the level with at least one document (any year).' }) bodies!: number;
  @Field(() => Int, { description: 'Of them, with a document this year.' }) covered!: number;
  @Field(() => Int, { description: 'Not adopted before this year.' }) atRisk!: number;
  @Field(() => Int, { description: 'At risk and with a document this year.' }) atRiskCovered!: number;
  @Field(() => Int, { description: 'First adoptions this year.' }) adoptions!: number;
  @Field(() => Int, { description: 'Adopted by the end of the year.' }) cumulative!: number;
  @Field(() => Float, { description: 'cumulative / bodies.' }) share!: number;
  @Field(() => Float, { nullable: true, description: 'adoptions / atRisk.' }) hazard!: number | null;
  @Field(() => Float, { nullable: true, description: 'adoptions / atRiskCovered.' }) hazardCovered!: number | null;
}

@ObjectType({ description: "One slogan's cumulative adoption and hazard at one level." })
export class AdoptionCurve {
  @Field(() => SloganRef) slogan!: SloganRef;
  @Field(() => AdminLevelEnum) level!: Level;
  @Field(() => [CurvePointModel]) points!: CurvePointModel[];
}

@ArgsType()
export class AdoptionCurvesArgs {
  @Field(() => [String], { description: 'One or more slogans (two to compare them side by side).' }) slogans!: string[];
  @Field(() => [AdminLevelEnum], { defaultValue: ['province', 'city', 'district'] }) levels!: AdminLevel[];
  @Field(() => Int, { nullable: true }) from?: number | null;
  @Field(() => Int, { nullable: true }) to?: number | null;
  @Field({ defaultValue: false, description: 'Count accepted VARIANT_OF slogans as the slogan.' }) variants!: boolean;
}

export const FamilyRoleEnum = { campaign: 'campaign', variant: 'variant' } as const;
export type FamilyRole = keyof typeof FamilyRoleEnum;
registerEnumType(FamilyRoleEnum, {
  name: 'FamilyRole',
  description: 'campaign: the slogan its variants were related to; variant: a slogan a reviewer accepted as a variant of it (VARIANT_OF).',
});

@ObjectType({ description: 'One slogan of a family of variants, with its own adopters.' })
export class FamilyMember {
  @Field(() => SloganRef) slogan!: SloganRef;
  @Field(() => FamilyRoleEnum) role!: FamilyRole;
  @Field(() => Int, { description: 'Bodies that adopted this slogan.' }) adopters!: number;
  @Field(() => Int, { nullable: true }) firstYear!: number | null;
}

@ObjectType({ description: 'A campaign and the slogans reviewers accepted as its variants; never merged, counted together here.' })
export class VariantFamily {
  @Field(() => SloganRef) campaign!: SloganRef;
  @Field(() => [FamilyMember], { description: 'The campaign first, then its accepted variants.' }) members!: FamilyMember[];
  @Field(() => Int, { description: 'Bodies that adopted any member, each counted once.' }) adopters!: number;
  @Field(() => Int, { nullable: true, description: 'The earliest first year of any member.' }) firstYear!: number | null;
}

@ArgsType()
export class VariantFamilyArgs {
  @Field({ description: 'Name or alias of the campaign or of one of its accepted variants.' }) slogan!: string;
}
