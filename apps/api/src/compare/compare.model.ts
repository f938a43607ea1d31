import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PlaceRef } from '../common/refs.model';

@ObjectType({ description: 'Names new in yearB, continued from yearA, or dropped after yearA.' })
export class ChangeSet {
  @Field(() => [String]) new!: string[];
  @Field(() => [String]) continued!: string[];
  @Field(() => [String]) dropped!: string[];
}

@ObjectType()
export class Comparison {
  @Field(() => PlaceRef) body!: PlaceRef;
  @Field(() => Int) yearA!: number;
  @Field(() => Int) yearB!: number;
  @Field(() => ChangeSet) slogans!: ChangeSet;
  @Field(() => ChangeSet) projects!: ChangeSet;
}

@ArgsType()
export class CompareArgs {
  @Field({ description: 'Body name or code.' }) body!: string;
  @Field(() => Int) yearA!: number;
  @Field(() => Int) yearB!: number;
}
