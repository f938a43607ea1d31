import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdminLevel } from '@policy-graph/model';
import { AdminLevelEnum } from '../common/enums';
import { Connection } from '../common/page.model';
import { PlaceRef, SloganRef } from '../common/refs.model';
import { DocumentSummary } from '../document/document.model';

@ObjectType('Body', { description: 'A street, district, city or province and its work.' })
export class BodyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => AdminLevelEnum, { nullable: true }) level!: AdminLevel | null;
  @Field(() => String, { nullable: true }) pinyin!: string | null;
}

@ObjectType({ description: 'A link up the administrative hierarchy, with the years it held.' })
export class HierarchyLink {
  @Field(() => PlaceRef) parent!: PlaceRef;
  @Field(() => Int, { description: '1 for the direct parent, 2 for its parent…' }) depth!: number;
  @Field(() => Int, { nullable: true }) since!: number | null;
  @Field(() => Int, { nullable: true }) until!: number | null;
}

@ObjectType()
export class YearSlogans {
  @Field(() => Int) year!: number;
  @Field(() => [SloganRef]) slogans!: SloganRef[];
}

@ObjectType()
export class BodyProject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => [Int]) years!: number[];
  @Field(() => [String], { description: 'Slogans the project fulfils.' }) slogans!: string[];
}

@ObjectType()
export class OutcomeCounts {
  @Field(() => Int) achieved!: number;
  @Field(() => Int) target!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) input!: number;
}

@ObjectType()
export class BodyProjectConnection extends Connection(BodyProject) {}
@ObjectType()
export class DocumentConnection extends Connection(DocumentSummary) {}

@ArgsType()
export class BodyArgs {
  @Field(() => String, { nullable: true, description: 'Name, e.g. 星桥街道 (traditional accepted).' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Administrative code, e.g. 330113004.' })
  code?: string | null;
}
