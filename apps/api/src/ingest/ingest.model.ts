import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'What the text does not say about itself.' })
export class DocumentMetadataInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'Source URL or path; a new version replaces the old.' })
  sourceKey?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) publisher?: string | null;
}

@InputType()
export class IngestDocumentInput {
  @Field({ description: 'File name; with the content it picks the reader (.txt, .md, .html, .pdf, .docx, .doc, .wps, .rtf, .xls, .xlsx, .png, .jpg, .tif).' })
  fileName!: string;
  @Field(() => String, { nullable: true, description: 'Plain text. Give text or base64, not both.' })
  text?: string | null;
  @Field(() => String, { nullable: true, description: 'The file bytes, base64-encoded.' })
  base64?: string | null;
  @Field(() => DocumentMetadataInput, { nullable: true }) metadata?: DocumentMetadataInput | null;
}

@ObjectType()
export class IngestCounts {
  @Field(() => Int) slogans!: number;
  @Field(() => Int) projects!: number;
  @Field(() => Int) outcomes!: number;
  @Field(() => Int) relations!: number;
}

@ObjectType()
export class IngestResult {
  @Field(() => ID) documentId!: string;
  @Field({ description: 'created, unchanged or replaced' }) status!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'The body the document reports on.' }) subject!: string | null;
  @Field(() => IngestCounts) counts!: IngestCounts;
}
