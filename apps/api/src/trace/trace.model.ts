import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TraceNode {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => String, { nullable: true, description: 'A place\'s level: street, district, city or province.' }) level!: string | null;
}

@ObjectType({ description: 'Why an edge holds: a sentence in a document, or the gazetteer.' })
export class Evidence {
  @Field() source!: string;
  @Field(() => ID, { nullable: true }) documentId!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) end!: number | null;
  @Field(() => Int, { nullable: true, description: 'The page the evidence is on, in a document with pages (a PDF, a scan).' }) page!: number | null;
}

@ObjectType()
export class TraceStep {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field() type!: string;
  @Field({ description: 'True when the relationship points from `to` to `from` (against the path).' })
  reversed!: boolean;
  @Field(() => [Evidence]) evidence!: Evidence[];
}

@ObjectType()
export class TracePath {
  @Field(() => Int) length!: number;
  @Field(() => [TraceNode]) nodes!: TraceNode[];
  @Field(() => [TraceStep]) steps!: TraceStep[];
}

@ObjectType()
export class Trace {
  @Field(() => TraceNode) from!: TraceNode;
  @Field(() => TraceNode) to!: TraceNode;
  @Field(() => [TracePath]) paths!: TracePath[];
}

@ArgsType()
export class TraceArgs {
  @Field({ description: 'Id or name of an entity.' }) from!: string;
  @Field({ description: 'Id or name of an entity.' }) to!: string;
  @Field(() => Int, { defaultValue: 6, description: 'Longest path, 1 to 8 edges.' }) maxLength!: number;
  @Field(() => Int, { defaultValue: 5, description: 'Paths to return, 1 to 20.' }) limit!: number;
}
