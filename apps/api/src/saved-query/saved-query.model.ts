import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../common/json.scalar';

@ObjectType({ description: 'An analyst query kept in graph/queries/.' })
export class SavedQuery {
  @Field({ description: 'area/verb-noun, e.g. slogans/list-adopters.' }) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'The description in Chinese.' }) descriptionZh!: string | null;
  @Field(() => [String]) params!: string[];
  @Field(() => [String]) columns!: string[];
  @Field() cypher!: string;
}

@ArgsType()
export class RunSavedQueryArgs {
  @Field() name!: string;
  @Field(() => JSONScalar, { nullable: true }) params?: Record<string, unknown> | null;
  @Field(() => Int, { nullable: true, description: 'A page of at most this many rows (1 to the row limit), with the whole count in totalCount; all rows up to the row limit when absent.' })
  first?: number | null;
  @Field(() => Int, { nullable: true, description: "The page's first row, 0 the first (a page of the row limit when first is absent)." })
  offset?: number | null;
}
