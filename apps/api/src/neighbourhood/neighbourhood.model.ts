import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntityTypeEnum, type EntityType } from '../common/enums';
import { GraphElements } from './elements.model';

@ObjectType()
export class ElementCounts {
  @Field(() => Int) nodes!: number;
  @Field(() => Int) edges!: number;
  @Field(() => Int, { description: 'Nodes within reach before the cap.' }) totalNodes!: number;
  @Field(() => Int, { description: 'Relationships among the returned nodes before the edge cap.' }) totalEdges!: number;
}

@ObjectType()
export class Neighbourhood {
  @Field(() => GraphElements) elements!: GraphElements;
  @Field({ description: 'True when more nodes were in reach than the limit, or more relationships among them than edgeLimit.' })
  capped!: boolean;
  @Field(() => ElementCounts) counts!: ElementCounts;
}

@InputType()
export class YearRange {
  @Field(() => Int, { nullable: true }) from?: number | null;
  @Field(() => Int, { nullable: true }) to?: number | null;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => [ID], { description: 'Node ids to start from.' }) ids!: string[];
  @Field(() => Int, { defaultValue: 1, description: '1 to 3 hops.' }) depth!: number;
  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only neighbours of these types.' })
  types?: EntityType[] | null;
  @Field(() => YearRange, { nullable: true, description: 'Only relationships active in these years.' })
  years?: YearRange | null;
  @Field(() => Int, { defaultValue: 200, description: 'Node cap, 1 to 2000.' }) limit!: number;
  @Field(() => Int, { nullable: true, description: 'Relationship cap, 1 to 20000; 5 per node (at least 1000) when omitted.' })
  edgeLimit?: number | null;
}

export const ViewFileFormat = { graphml: 'graphml', gexf: 'gexf' } as const;
registerEnumType(ViewFileFormat, { name: 'ViewFileFormat', description: 'graphml: typed attributes; gexf: dynamic, years on the timeline.' });

@ArgsType()
export class ViewFileArgs {
  @Field(() => [ID], { description: 'Node ids (1 to 5000); the relationships among them come along.' }) ids!: string[];
  @Field(() => ViewFileFormat) format!: keyof typeof ViewFileFormat;
}
