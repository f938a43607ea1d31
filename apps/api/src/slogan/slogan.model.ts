import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdminLevel, Slogan as SloganContract } from '@policy-graph/model';
import { AdminLevelEnum } from '../common/enums';
import { Connection, PageArgs } from '../common/page.model';
import { PlaceRef, ProjectRef } from '../common/refs.model';
import { OutcomeModel } from '../common/outcome.model';

type SloganFields = Pick<SloganContract, 'name' | 'aliases'>;

@ObjectType('Slogan', { description: 'A strategy, campaign or work brand that bodies adopt.' })
export class SloganModel implements SloganFields {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true, description: 'numbered, campaign or slogan' }) kind!: string | null;
  @Field(() => AdminLevelEnum, { nullable: true, description: 'The level that launched it, where a text says so.' })
  origin!: AdminLevel | null;
  @Field(() => String, { nullable: true }) pinyin!: string | null;
  @Field(() => String, { nullable: true }) initials!: string | null;
}

@ObjectType({ description: 'A body that uses a slogan, with the years its documents show it.' })
export class Adopter {
  @Field(() => PlaceRef) body!: PlaceRef;
  @Field(() => AdminLevelEnum, { nullable: true }) level!: AdminLevel | null;
  @Field(() => String, { nullable: true, description: 'District the body belongs to (itself for a district).' })
  district!: string | null;
  @Field(() => String, { nullable: true, description: 'City the body belongs to (itself for a city).' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Province the body lay in when it first adopted the slogan (itself for a province; null for the country).' })
  province!: string | null;
  @Field(() => [Int]) years!: number[];
  @Field(() => Int, { nullable: true }) firstYear!: number | null;
  @Field(() => [ID], { description: 'Documents the adoption was read from.' }) documents!: string[];
  @Field(() => [Int], { nullable: true, description: 'Years of the body\'s own reports, with the slogan or without (in a diffusion): a year outside both had no report.' })
  reportYears?: number[] | null;
}

@ObjectType({ description: 'A project that serves a slogan, with the sentence that says so.' })
export class Fulfilment {
  @Field(() => ProjectRef) project!: ProjectRef;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => Float) confidence!: number;
  @Field(() => ID, { nullable: true }) documentId!: string | null;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) end!: number | null;
  @Field(() => Int, { nullable: true, description: 'The page the evidence is on, in a document with pages (a PDF, a scan).' }) page!: number | null;
}

@ObjectType()
export class AdopterConnection extends Connection(Adopter) {}
@ObjectType()
export class FulfilmentConnection extends Connection(Fulfilment) {}
@ObjectType()
export class OutcomeConnection extends Connection(OutcomeModel) {}

@ArgsType()
export class SloganArgs {
  @Field({ description: 'Name or alias, simplified or traditional.' }) name!: string;
}

@ArgsType()
export class SloganPageArgs extends PageArgs {}
