import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IngestJobState {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(IngestJobState, { name: 'IngestJobState', description: 'RUNNING while a file is queued or in flight.' });

@ObjectType({ description: 'How many files of a job are in each state.' })
export class IngestJobCounts {
  @Field(() => Int) queued!: number;
  @Field(() => Int) reading!: number;
  @Field(() => Int) extracting!: number;
  @Field(() => Int) loading!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) cancelled!: number;
}

@ObjectType({ description: 'One file of an ingestion job.' })
export class IngestJobFile {
  @Field(() => Int, { description: 'Its place in the job, from 0.' }) index!: number;
  @Field({ description: 'The name it was uploaded under (its path inside a dropped folder).' }) name!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'queued, reading, extracting, loading, done, failed or cancelled' }) state!: string;
  @Field(() => String, { nullable: true, description: 'Why it failed or was cancelled.' }) error!: string | null;
  @Field(() => ID, { nullable: true, description: 'The document it became, once done.' }) documentId!: string | null;
  @Field(() => String, { nullable: true, description: 'created, unchanged (already in the graph) or replaced' }) documentStatus!: string | null;
}

@ObjectType({ description: 'Files ingested together; poll ingestJob(id) for progress.' })
export class IngestJob {
  @Field(() => ID) id!: string;
  @Field(() => IngestJobState) state!: IngestJobState;
  @Field({ description: 'The admin or reviewer who started it.' }) createdBy!: string;
  @Field() createdAt!: string;
  @Field(() => Int) total!: number;
  @Field(() => IngestJobCounts) counts!: IngestJobCounts;
}
