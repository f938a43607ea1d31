import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EntityTypeEnum, type EntityType } from '../common/enums';

@ObjectType({ description: 'The facts behind a hit\'s context line, for a page to word in its own language.' })
export class SearchFacts {
  @Field(() => String, { nullable: true, description: 'A place\'s level.' }) level!: string | null;
  @Field(() => String, { nullable: true, description: 'The place above a place.' }) parent!: string | null;
  @Field(() => String, { nullable: true, description: 'The body that runs a project.' }) body!: string | null;
  @Field(() => Int) adopters!: number;
  @Field(() => Int, { nullable: true }) firstYear!: number | null;
  @Field(() => Int) projects!: number;
  @Field(() => Int) documents!: number;
  @Field(() => String, { nullable: true, description: 'An outcome\'s status.' }) status!: string | null;
  @Field(() => Int, { nullable: true, description: 'An outcome\'s or a document\'s year.' }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'The body a document or an outcome is about.' }) subject!: string | null;
}

@ObjectType({ description: 'One search result, best first.' })
export class SearchHit {
  @Field(() => ID) id!: string;
  @Field(() => EntityTypeEnum) type!: EntityType;
  @Field() name!: string;
  @Field(() => Float) score!: number;
  @Field({ description: 'What matched: name, alias, pinyin, initials; for an outcome text or metric, for a document title.' }) matchedOn!: string;
  @Field(() => String, { nullable: true, description: 'One line placing the hit, e.g. its body or level.' })
  context!: string | null;
  @Field(() => SearchFacts, { nullable: true }) facts!: SearchFacts | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Chinese (simplified or traditional), pinyin (quanyumeili) or initials (qyml).' })
  text!: string;
  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Slogan, Project, Place, Outcome (by clause or metric), Document (by title); all when omitted.' })
  types?: EntityType[] | null;
  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' }) limit!: number;
}
