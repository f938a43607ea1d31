import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Outcome as OutcomeContract, OutcomeStatus } from '@policy-graph/model';
import { OutcomeStatusEnum } from './enums';
import { PageArgs } from './page.model';
import { PlaceRef, ProjectRef } from './refs.model';

type OutcomeFields = Pick<OutcomeContract, 'value' | 'unit' | 'status' | 'metric' | 'text'>;

@ObjectType('Outcome', { description: 'A reported number: a result, a target, progress or an input.' })
export class OutcomeModel implements OutcomeFields {
  @Field(() => ID) id!: string;
  @Field(() => Float) value!: number;
  @Field() unit!: string;
  @Field(() => Float, { nullable: true }) baseValue!: number | null;
  @Field(() => String, { nullable: true }) baseUnit!: string | null;
  @Field(() => OutcomeStatusEnum) status!: OutcomeStatus;
  @Field(() => String, { nullable: true }) metric!: string | null;
  @Field({ description: 'The clause that states it.' }) text!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => ID) documentId!: string;
  @Field(() => String, { nullable: true, description: 'Title of the document that reports it.' }) documentTitle!: string | null;
  @Field(() => Int, { nullable: true, description: 'Year of the document that reports it.' }) documentYear!: number | null;
  @Field(() => String, { nullable: true, description: 'The sentence that states it: its evidence.' }) sentence!: string | null;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) end!: number | null;
  @Field(() => Int, { nullable: true, description: 'The page that states it, in a document with pages (a PDF, a scan).' }) page!: number | null;
  @Field(() => ProjectRef, { nullable: true }) project!: ProjectRef | null;
  @Field(() => PlaceRef, { nullable: true, description: 'The body whose document reports it.' })
  body!: PlaceRef | null;
}

@ArgsType()
export class OutcomePageArgs extends PageArgs {
  @Field(() => OutcomeStatusEnum, { nullable: true }) status?: OutcomeStatus | null;
}

@ArgsType()
export class YearOutcomePageArgs extends OutcomePageArgs {
  @Field(() => Int, { nullable: true, description: 'The year the outcome belongs to.' }) year?: number | null;
}
