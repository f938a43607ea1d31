import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AdminLevel } from '@policy-graph/model';
import { AdminLevelEnum } from '../common/enums';
import { PlaceRef, SloganRef } from '../common/refs.model';
import { Adopter } from '../slogan/slogan.model';

export const SpreadKindEnum = { hierarchy: 'hierarchy', neighbour: 'neighbour', sibling: 'sibling' } as const;
export type SpreadKind = keyof typeof SpreadKindEnum;
registerEnumType(SpreadKindEnum, {
  name: 'SpreadKind',
  description:
    'hierarchy: a higher body adopted before a body under it; neighbour: a province, city or district adopted after one sharing its border (NEIGHBOURS) did; sibling: a street adopted after the first street under the same parent (streets have no boundaries).',
});

@ObjectType()
export class DiffusionYear {
  @Field(() => Int) year!: number;
  @Field(() => [PlaceRef], { description: 'Bodies whose documents use the slogan that year.' }) adopters!: PlaceRef[];
  @Field(() => [PlaceRef], { description: 'Bodies using it for the first time that year.' }) newAdopters!: PlaceRef[];
  @Field(() => Int, { description: 'Bodies that have adopted it by the end of the year.' }) cumulative!: number;
}

@ObjectType({ description: 'A likely step of spread from one body to another.' })
export class SpreadEdge {
  @Field(() => PlaceRef) from!: PlaceRef;
  @Field(() => PlaceRef) to!: PlaceRef;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => SpreadKindEnum) kind!: SpreadKind;
}

@ObjectType({ description: 'Adoption of a slogan over time and space.' })
export class Diffusion {
  @Field(() => SloganRef) slogan!: SloganRef;
  @Field(() => Int) totalAdopters!: number;
  @Field(() => [DiffusionYear]) years!: DiffusionYear[];
  @Field(() => [Adopter], { description: 'The bodies with the earliest first year.' }) firstAdopters!: Adopter[];
  @Field(() => [Adopter]) adopters!: Adopter[];
  @Field(() => [SpreadEdge]) spread!: SpreadEdge[];
}

@ArgsType()
export class DiffusionArgs {
  @Field() slogan!: string;
  @Field(() => AdminLevelEnum, { nullable: true, description: 'Only bodies of this level.' })
  level?: AdminLevel | null;
  @Field(() => Int, { nullable: true }) from?: number | null;
  @Field(() => Int, { nullable: true }) to?: number | null;
}
