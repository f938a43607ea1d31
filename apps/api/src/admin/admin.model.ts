import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A document removed with everything only it supported.' })
export class DeletedDocument {
  @Field(() => ID) id!: string;
}

@ObjectType({ description: 'One document read again: what changed (a dry run lists the facts that would be added and removed).' })
export class ReextractedDocument {
  @Field(() => ID) id!: string;
  @Field() sourceKey!: string;
  @Field(() => [String], { description: "'+ kind fact' and '- kind fact' lines; empty when the document was written" }) changes!: string[];
}

@ObjectType({ description: 'Documents read again from their stored text, with the corrections in force.' })
export class ReextractResult {
  @Field(() => Int, { description: 'Documents read again (or compared, in a dry run).' }) considered!: number;
  @Field(() => [ReextractedDocument], { description: 'Documents written again, or, in a dry run, those whose facts would change.' }) changed!: ReextractedDocument[];
  @Field({ description: 'The version of the extractor that read them.' }) extractor!: string;
  @Field() dryRun!: boolean;
}
