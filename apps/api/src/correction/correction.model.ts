import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CorrectionKind {
  REJECT_FULFILS = 'reject-fulfils',
  ACCEPT_FULFILS = 'accept-fulfils',
  REJECT_SLOGAN = 'reject-slogan',
  REJECT_PROJECT = 'reject-project',
  MERGE_SLOGANS = 'merge-slogans',
}
registerEnumType(CorrectionKind, { name: 'CorrectionKind', description: 'What a correction does.' });

@InputType({ description: 'A correction of the graph; which fields it needs depends on its kind.' })
export class CorrectionInput {
  @Field(() => CorrectionKind) kind!: CorrectionKind;
  @Field(() => String, { nullable: true, description: 'reject-fulfils, accept-fulfils, reject-project: the project' }) project?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-fulfils, accept-fulfils, reject-slogan: the slogan' }) slogan?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans: the slogan that becomes an alias' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans: the slogan it becomes an alias of' }) into?: string | null;
  @Field(() => String, { nullable: true, description: 'why: shown in the audit log' }) reason?: string | null;
}

@ObjectType({ description: 'One entry of the corrections log.' })
export class Correction {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field({ description: 'What it corrects: FULFILS:<project>→<slogan>, Slogan:<name>, Project:<name>, Correction:<id>.' }) target!: string;
  @Field() author!: string;
  @Field() reason!: string;
  @Field({ description: 'ISO time it was recorded.' }) at!: string;
  @Field({ description: 'active or reverted' }) status!: string;
}

export enum ReviewKind {
  FULFILS = 'FULFILS',
}
registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'Which facts a review queue lists.' });

@ObjectType({ description: 'A fact waiting for a reviewer, with the sentence that states it.' })
export class ReviewItem {
  @Field() kind!: string;
  @Field({ description: 'What correct() targets for it: FULFILS:<project>→<slogan>.' }) target!: string;
  @Field() project!: string;
  @Field() slogan!: string;
  @Field(() => Float) confidence!: number;
  @Field(() => String, { nullable: true, description: 'The extraction rule that made it.' }) rule!: string | null;
  @Field(() => Int, { description: 'Documents that mention its project or slogan.' }) documents!: number;
  @Field(() => Float, { description: '(1 − confidence) × documents: the queue is sorted by it.' }) priority!: number;
  @Field() evidence!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field({ description: 'Give it as `after` to continue the queue after this item.' }) cursor!: string;
}

@ObjectType({ description: 'Two slogans that are likely one: proposed, never merged by itself.' })
export class MergeCandidate {
  @Field() a!: string;
  @Field() b!: string;
  @Field(() => [String], { description: 'contains, same pinyin, same initials, one character apart' }) reasons!: string[];
  @Field(() => Int) documentsA!: number;
  @Field(() => Int) documentsB!: number;
}
