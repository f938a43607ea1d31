import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdminLevel } from '@policy-graph/model';
import { AdminLevelEnum } from './enums';

@ObjectType({ description: 'A government body: province, city, district or street.' })
export class PlaceRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => AdminLevelEnum, { nullable: true }) level!: AdminLevel | null;
}

@ObjectType()
export class SloganRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Position among the parts of a numbered slogan.' })
  order?: number | null;
}

@ObjectType()
export class ProjectRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The body that runs the project.' })
  bodyId!: string | null;
  @Field(() => String, { nullable: true }) bodyName?: string | null;
}
