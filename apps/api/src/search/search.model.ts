import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EntityTypeEnum, type EntityType } from '../common/enums';

@ObjectType({ description: 'One search result, best first.' })
export class SearchHit {
  @Field(() => ID) id!: string;
  @Field(() => EntityTypeEnum) type!: EntityType;
  @Field() name!: string;
  @Field(() => Float) score!: number;
  @Field({ description: 'What matched: name, alias, pinyin, initials; for an outcome text or metric, for a document title.' }) matchedOn!: string;
  @Field(() => String, { nullable: true, description: 'One line placing the hit, e.g. its body or level.' })
  context!: string | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Chinese (simplified or traditional), pinyin (quanyumeili) or initials (qyml).' })
  text!: string;
  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Slogan, Project, Place, Outcome (by clause or metric), Document (by title); all when omitted.' })
  types?: EntityType[] | null;
  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' }) limit!: number;
}
