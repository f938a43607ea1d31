import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DocumentInfo } from '@policy-graph/model';
import { EntityTypeEnum, type EntityType } from '../common/enums';
import { PageArgs } from '../common/page.model';
import { PlaceRef } from '../common/refs.model';

type DocumentFields = Pick<DocumentInfo, 'file' | 'title' | 'date' | 'year'>;

@ObjectType({ description: 'A document without its text, for lists.' })
export class DocumentSummary implements DocumentFields {
  @Field(() => ID, { description: 'sha256 of the raw bytes.' }) id!: string;
  @Field() file!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) publisher!: string | null;
}

@ObjectType({ description: 'Where an entity is named in a document.' })
export class Mention {
  @Field(() => ID) entityId!: string;
  @Field(() => EntityTypeEnum) type!: EntityType;
  @Field() name!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Int, { nullable: true, description: 'The page it is on, in a document with pages (a PDF, a scan).' }) page!: number | null;
}

@ObjectType('Document', { description: 'A document with its normalised text and every mention.' })
export class DocumentModel extends DocumentSummary {
  @Field(() => String, { nullable: true }) sourceKey!: string | null;
  @Field(() => String, { nullable: true }) script!: string | null;
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field(() => String, { nullable: true }) ingestedAt!: string | null;
  @Field({ description: 'The normalised text all offsets point into; a form feed (\\f) on a line of its own separates pages.' }) text!: string;
  @Field(() => Int, { nullable: true, description: 'Pages of a PDF or a scan; null for a document without pages.' }) pageCount!: number | null;
  @Field(() => [Int], { nullable: true, description: 'Pages whose text was read by OCR (they had no text layer).' }) ocrPages!: number[] | null;
  @Field(() => [PlaceRef], { description: 'The bodies whose work it reports.' }) subjects!: PlaceRef[];
  @Field(() => [Mention], { description: 'Sorted by start offset.' }) mentions!: Mention[];
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only documents reporting on this body (name or code).' })
  body?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
}
